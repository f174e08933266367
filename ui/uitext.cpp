#include "uitext.h"

#include <QStyle>
#include <QWidget>

QString UiText::statusWord(hpr::CheckStatus status)
{
    switch (status) {
    case hpr::CheckStatus::Pass: return tr("Pass");
    case hpr::CheckStatus::Warn: return tr("Warning");
    case hpr::CheckStatus::Fail: return tr("Fail");
    case hpr::CheckStatus::Unknown: return tr("Unknown");
    case hpr::CheckStatus::NotApplicable: return tr("Not applicable");
    }
    return tr("Unknown");
}

QIcon UiText::statusIcon(hpr::CheckStatus status, const QWidget *widget)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxQuestion;
    switch (status) {
    case hpr::CheckStatus::Pass: pixmap = QStyle::SP_DialogApplyButton; break;
    case hpr::CheckStatus::Warn: pixmap = QStyle::SP_MessageBoxWarning; break;
    case hpr::CheckStatus::Fail: pixmap = QStyle::SP_MessageBoxCritical; break;
    case hpr::CheckStatus::Unknown: pixmap = QStyle::SP_MessageBoxQuestion; break;
    case hpr::CheckStatus::NotApplicable: pixmap = QStyle::SP_MessageBoxInformation; break;
    }
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}

QString UiText::verdictHeadline(hpr::Verdict verdict)
{
    switch (verdict) {
    case hpr::Verdict::Ready: return tr("Ready for hotpatch");
    case hpr::Verdict::ReadyAfterFixes: return tr("Not ready yet: this tool can fix what is missing");
    case hpr::Verdict::Blocked: return tr("Blocked: something this tool cannot fix must change first");
    case hpr::Verdict::Undetermined: return tr("Undetermined: some facts could not be read");
    }
    return {};
}

QIcon UiText::verdictIcon(hpr::Verdict verdict, const QWidget *widget)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxQuestion;
    switch (verdict) {
    case hpr::Verdict::Ready: pixmap = QStyle::SP_DialogApplyButton; break;
    case hpr::Verdict::ReadyAfterFixes: pixmap = QStyle::SP_MessageBoxInformation; break;
    case hpr::Verdict::Blocked: pixmap = QStyle::SP_MessageBoxCritical; break;
    case hpr::Verdict::Undetermined: pixmap = QStyle::SP_MessageBoxQuestion; break;
    }
    return widget->style()->standardIcon(pixmap, nullptr, widget);
}

QString UiText::fixWhere(hpr::FixWhere where)
{
    switch (where) {
    case hpr::FixWhere::None: return tr("Nothing to fix");
    case hpr::FixWhere::HereOneReboot: return tr("This tool, with one restart");
    case hpr::FixWhere::FirmwareSetup: return tr("The device's firmware setup (UEFI/BIOS)");
    case hpr::FixWhere::IntuneOrPolicy: return tr("Intune or Group Policy");
    case hpr::FixWhere::WindowsUpdate: return tr("Windows Update");
    case hpr::FixWhere::BootConfiguration: return tr("The boot configuration (bcdedit), by an administrator");
    case hpr::FixWhere::VmHost: return tr("The virtual machine's host");
    case hpr::FixWhere::HardwareOrEdition: return tr("Other hardware, or another Windows edition");
    case hpr::FixWhere::Licensing: return tr("The licence portal (cannot be checked on the device)");
    }
    return {};
}

QString UiText::blockerCategory(hpr::BlockerCategory category)
{
    switch (category) {
    case hpr::BlockerCategory::None: return tr("none");
    case hpr::BlockerCategory::Hardware: return tr("hardware");
    case hpr::BlockerCategory::FirmwareSetting: return tr("a firmware setting");
    case hpr::BlockerCategory::Edition: return tr("the Windows edition");
    case hpr::BlockerCategory::Build: return tr("the Windows build");
    case hpr::BlockerCategory::Management: return tr("device management");
    case hpr::BlockerCategory::BootConfiguration: return tr("the boot configuration");
    }
    return {};
}

QString UiText::regValue(const std::optional<hpr::RegValue> &value)
{
    if (!value)
        return tr("absent");
    return tr("%1 %2").arg(fromUtf8(hpr::toString(value->type)), fromUtf8(value->displayData()));
}

QString UiText::error(const hpr::Error &error)
{
    const QString detail = fromUtf8(error.detail);
    switch (error.code) {
    case hpr::ErrorCode::BadUsage: return tr("The request was not valid: %1").arg(detail);
    case hpr::ErrorCode::BadInput: return tr("A file is damaged or not in the expected format: %1").arg(detail);
    case hpr::ErrorCode::NotFound: return tr("Not found: %1").arg(detail);
    case hpr::ErrorCode::NotSupported: return tr("Not available here: %1").arg(detail);
    case hpr::ErrorCode::AccessDenied:
        return tr("Administrator rights are needed, or a locked setting refused the change: %1").arg(detail);
    case hpr::ErrorCode::Failed: return tr("The operation failed: %1").arg(detail);
    }
    return detail;
}

QString UiText::engine(const hpr::Text &text)
{
    if (text.literal)
        return fromUtf8(text.source);
    std::vector<std::string> args;
    args.reserve(text.args.size());
    for (const auto &arg : text.args)
        args.push_back(toUtf8(engine(arg)));
    const QString translated = QCoreApplication::translate(hpr::kTextContext, text.source.c_str());
    // One pass over the translated template (like Text::str()), so a value containing "%1" is never replaced again.
    return fromUtf8(hpr::Text::substitute(toUtf8(translated), args));
}

QStringList UiText::engine(const std::vector<hpr::Text> &texts, const std::vector<std::string> &english)
{
    QStringList out;
    for (std::size_t i = 0; i < english.size(); ++i)
        out << (i < texts.size() ? engine(texts[i]) : fromUtf8(english[i]));
    return out;
}
