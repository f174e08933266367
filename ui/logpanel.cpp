#include "logpanel.h"

#include "logrelay.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

LogPanel::LogPanel(LogRelay *relay, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("C&opy all"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Hotpatch Ready log"));
    setObjectName(QStringLiteral("logPanel"));
    setModal(false);
    resize(760, 360);
    auto *label = new QLabel(tr("&Log of this session (newest at the bottom):"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setMaximumBlockCount(5000); // a long session keeps its newest lines
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setAccessibleName(tr("Log lines"));
    m_text->setAccessibleDescription(tr("Every step the wizard took in this session, with its time and level."));
    m_copy->setAccessibleName(tr("Copy the whole log to the clipboard"));
    m_close->setAccessibleName(tr("Close the log panel"));
    m_close->setDefault(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(relay, &LogRelay::lineLogged, this, &LogPanel::append);
    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(text()); });
    connect(m_close, &QPushButton::clicked, this, &QDialog::hide);
}

QString LogPanel::text() const
{
    return m_text->toPlainText();
}

void LogPanel::append(const QString &, const QString &line)
{
    m_text->appendPlainText(line);
}
