#include "commands.h"
#include "engine/policyexport.h"
#include "engine/report.h"
#include "output.h"

#include <optional>

namespace hpr::cli {

int runExportPolicy(const Arguments &args)
{
    if (!args.positional().empty())
        return usageError("export-policy: unexpected argument '" + args.positional().front() + "'");
    const std::optional<std::string> format = args.value("--format");
    if (!format)
        return usageError("export-policy: the option --format FORMAT is required (intune or reg)");
    if (*format != "intune" && *format != "reg")
        return usageError("export-policy: unknown format '" + *format + "' (use intune or reg)");
    const std::optional<std::string> output = args.value("--output");
    if (output) {
        if (Status s = checkOutputPath(*output); !s)
            return reportError(s.error());
    }

    PolicyExportOptions options;
    options.requireDma = args.has("--require-dma");
    options.memoryIntegrity = args.has("--memory-integrity");
    options.disableChpe = args.has("--chpe");
    const std::vector<PolicySetting> settings = policySettings(options);
    const std::string generatedAt = nowIsoUtc();
    const std::string text = *format == "intune" ? intuneProfileJson(settings, generatedAt, HPR_VERSION)
                                                 : regFile(settings, generatedAt, HPR_VERSION);

    const Status written = output ? writeFileAtomically(*output, text) : writeStdout(text);
    return written ? ExitReady : reportError(written.error());
}

} // namespace hpr::cli
