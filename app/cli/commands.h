#pragma once
// One function per command; the table in cli.cpp maps names and options to them.

#include "cli.h"

namespace hpr::cli {

/// `assess`: probe a device, judge it and write the report; exit code from the verdict.
int runAssess(const Arguments &args);
/// `profiles`: list the shipped simulated-device profiles, one `name<TAB>path<TAB>description` line each.
int runProfiles(const Arguments &args);
/// `export-policy`: write the VBS fix (and the Arm64 CHPE disable) as an Intune custom profile or a .reg file.
int runExportPolicy(const Arguments &args);
/// The remediation cycle (cyclecommands.cpp).
int runPlan(const Arguments &args);
int runApply(const Arguments &args);
int runRollback(const Arguments &args);
int runScheduleReboot(const Arguments &args);
int runCancelReboot(const Arguments &args);
int runVerify(const Arguments &args);
int runStatus(const Arguments &args);
int runSimBoot(const Arguments &args);
/// `bundle`: the diagnostic bundle (ZIP) of one device (bundlecommand.cpp).
int runBundle(const Arguments &args);
/// `secureboot plan|apply|verify|rollback`: the opt-in Secure Boot 2023 certificate update (securebootcommand.cpp).
int runSecureBoot(const Arguments &args);
/// `fleet import|summary`: the fleet store (fleetcommand.cpp).
int runFleet(const Arguments &args);
/// `policy`: print the admin policy in force, each value with its origin; exit 3 when a value is invalid.
int runPolicy(const Arguments &args);
/// `intune detect|remediate`: the Intune Remediations decisions; one line on stdout, exit 0 or 1 (intunecommand.cpp).
int runIntune(const Arguments &args);
/// The longest line `intune` prints: Intune keeps 2048 characters of a script's output.
inline constexpr std::size_t kIntuneLineMax = 2047;
/// "Hotpatch Ready VERSION: text" on one line, cut to kIntuneLineMax bytes (whole UTF-8 sequences).
std::string intuneLine(std::string text);
/// `help`: print the complete usage.
int runHelp(const Arguments &args);

} // namespace hpr::cli
