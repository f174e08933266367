#include "logrelay.h"

#include "platform/logging.h"

#include <QMetaObject>
#include <algorithm>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

/// base_sink serialises sink_it_() and detach() with its mutex, so the relay pointer is never used after
/// the relay's destructor has cleared it.
class LogRelay::Sink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    explicit Sink(LogRelay *relay)
        : m_relay(relay)
    {
    }
    void detach()
    {
        std::lock_guard guard(mutex_);
        m_relay = nullptr;
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        if (!m_relay)
            return;
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), qsizetype(formatted.size()));
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const auto levelName = spdlog::level::to_string_view(msg.level);
        const QString level = QString::fromUtf8(levelName.data(), qsizetype(levelName.size()));
        // Queued: the signal is emitted on the relay's thread, whatever thread logged the line.
        LogRelay *relay = m_relay;
        QMetaObject::invokeMethod(
            relay, [relay, level, line] { Q_EMIT relay->lineLogged(level, line); }, Qt::QueuedConnection);
    }
    void flush_() override {}

private:
    LogRelay *m_relay;
};

LogRelay::LogRelay(QObject *parent)
    : QObject(parent)
    , m_sink(std::make_shared<Sink>(this))
{
    m_sink->set_pattern("%H:%M:%S.%e %l %v");
}

LogRelay::~LogRelay()
{
    m_sink->detach();
}

std::shared_ptr<spdlog::sinks::sink> LogRelay::sink() const
{
    return m_sink;
}

void LogRelay::attachToDefaultLogger()
{
    // Behind hpr::log's redaction, like the log file: the panel never shows what the file would not.
    if (!m_attached) {
        hpr::log::addSink(m_sink);
        m_attached = true;
    }
}
