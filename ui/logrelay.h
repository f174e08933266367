#pragma once
// spdlog -> the UI: a sink that hands each formatted line to a long-lived LogRelay, which emits it queued on the
// UI thread. The panel never receives spdlog output directly (style.md, Logging).

#include <QObject>
#include <QString>
#include <memory>

namespace spdlog::sinks {
class sink;
}

/// Emits lineLogged() on its own (the UI) thread for every line spdlog writes, from any thread.
class LogRelay : public QObject
{
    Q_OBJECT

public:
    explicit LogRelay(QObject *parent = nullptr);
    /// Detaches the sink, so a line logged later goes nowhere instead of to a deleted relay.
    ~LogRelay() override;

    /// The sink to attach to a logger; it forwards to this relay until the relay is destroyed.
    std::shared_ptr<spdlog::sinks::sink> sink() const;
    /// Attaches sink() to spdlog's default logger (what hpr::log sets up, or spdlog's stderr logger).
    void attachToDefaultLogger();

Q_SIGNALS:
    /// level is spdlog's name ("info", "warning", ...); line is the formatted text without its line end.
    void lineLogged(const QString &level, const QString &line);

private:
    class Sink;
    std::shared_ptr<Sink> m_sink;
    bool m_attached = false;
};
