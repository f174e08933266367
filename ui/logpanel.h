#pragma once

#include <QDialog>

class LogRelay;
class QPlainTextEdit;
class QPushButton;

/// The log panel (Ctrl+L): every line spdlog writes in this session, fed by LogRelay's queued signal.
/// A modeless window beside the wizard, so the log can be read while the wizard works.
class LogPanel : public QDialog
{
    Q_OBJECT

public:
    explicit LogPanel(LogRelay *relay, QWidget *parent = nullptr);

    /// The text shown (for tests and "Copy all").
    QString text() const;

private:
    void append(const QString &level, const QString &line);

    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_close;
};
