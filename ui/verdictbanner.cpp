#include "verdictbanner.h"

#include "uitext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

VerdictBanner::VerdictBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_headline->setFont(bold);
    m_headline->setWordWrap(true);
    m_detail->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_headline);
    text->addWidget(m_detail);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 8, 10, 8);
    row->addWidget(m_icon);
    row->addLayout(text, 1);
    setAccessibleName(tr("Verdict"));
}

void VerdictBanner::setVerdict(hpr::Verdict verdict, const QString &detail)
{
    // Light tints with dark text of the same hue: readable in light and dark palettes alike.
    QColor background, foreground;
    switch (verdict) {
    case hpr::Verdict::Ready:
        background = QColor(0xd4, 0xed, 0xda);
        foreground = QColor(0x14, 0x53, 0x2d);
        break;
    case hpr::Verdict::ReadyAfterFixes:
        background = QColor(0xdb, 0xea, 0xfe);
        foreground = QColor(0x1e, 0x3a, 0x8a);
        break;
    case hpr::Verdict::Blocked:
        background = QColor(0xf8, 0xd7, 0xda);
        foreground = QColor(0x7f, 0x1d, 0x1d);
        break;
    case hpr::Verdict::Undetermined:
        background = QColor(0xff, 0xf3, 0xcd);
        foreground = QColor(0x71, 0x3f, 0x12);
        break;
    }
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, foreground);
    p.setColor(QPalette::Text, foreground);
    setPalette(p);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(UiText::verdictIcon(verdict, this).pixmap(size, size));
    m_headline->setText(UiText::verdictHeadline(verdict));
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setAccessibleDescription(m_headline->text() + QLatin1Char(' ') + detail);
}

QString VerdictBanner::headline() const
{
    return m_headline->text();
}

QString VerdictBanner::detail() const
{
    return m_detail->text();
}
