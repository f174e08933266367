#pragma once
// Field list of DeviceFacts: the one place where a member gets its stable report ID.

namespace hpr {

#define HPR_DEVICE_FACTS(X)                                                                                            \
    X("device.hostname", hostname)                                                                                     \
    X("device.manufacturer", manufacturer)                                                                             \
    X("device.model", model)                                                                                           \
    X("device.serial", serial)                                                                                         \
    X("os.product_name", osProductName)                                                                                \
    X("os.edition_id", osEditionId)                                                                                    \
    X("os.build", osBuild)                                                                                             \
    X("os.ubr", osUbr)                                                                                                 \
    X("os.display_version", osDisplayVersion)                                                                          \
    X("os.installation_type", osInstallationType)                                                                      \
    X("os.arch", osArch)                                                                                               \
    X("process.elevated", processElevated)                                                                             \
    X("firmware.type", firmwareType)                                                                                   \
    X("firmware.secure_boot", firmwareSecureBoot)                                                                      \
    X("firmware.virtualization_enabled", firmwareVirtualizationEnabled)                                                \
    X("cpu.virtualization_extensions", cpuVirtualizationExtensions)                                                    \
    X("cpu.slat", cpuSlat)                                                                                             \
    X("cpu.nx", cpuNx)                                                                                                 \
    X("tpm.present", tpmPresent)                                                                                       \
    X("tpm.version", tpmVersion)                                                                                       \
    X("dma.kernel_protection", dmaKernelProtection)                                                                    \
    X("hypervisor.present", hypervisorPresent)                                                                         \
    X("device.is_vm", deviceIsVm)                                                                                      \
    X("device.domain_joined", domainJoined)                                                                            \
    X("vbs.status", vbsStatus)                                                                                         \
    X("vbs.required_properties", vbsRequiredProperties)                                                                \
    X("vbs.available_properties", vbsAvailableProperties)                                                              \
    X("vbs.services_configured", vbsServicesConfigured)                                                                \
    X("vbs.services_running", vbsServicesRunning)                                                                      \
    X("vbs.configured", vbsConfigured)                                                                                 \
    X("vbs.configured_by", vbsConfiguredBy)                                                                            \
    X("vbs.effective_required_features", vbsEffectiveRequiredFeatures)                                                 \
    X("vbs.restart_pending", vbsRestartPending)                                                                        \
    X("vbs.registry.enable_virtualization_based_security", vbsRuntimeEnable)                                           \
    X("vbs.registry.require_platform_security_features", vbsRuntimeRequireFeatures)                                    \
    X("vbs.registry.locked", vbsRuntimeLocked)                                                                         \
    X("vbs.registry.mandatory", vbsRuntimeMandatory)                                                                   \
    X("vbs.hvci.enabled", vbsHvciEnabled)                                                                              \
    X("vbs.hvci.locked", vbsHvciLocked)                                                                                \
    X("vbs.group_policy.enable_virtualization_based_security", vbsGpoEnable)                                           \
    X("vbs.group_policy.require_platform_security_features", vbsGpoRequireFeatures)                                    \
    X("vbs.group_policy.hypervisor_enforced_code_integrity", vbsGpoHvci)                                               \
    X("vbs.mdm.enable_virtualization_based_security", vbsMdmEnable)                                                    \
    X("vbs.mdm.require_platform_security_features", vbsMdmRequireFeatures)                                             \
    X("vbs.mdm.hypervisor_enforced_code_integrity", vbsMdmHvci)                                                        \
    X("drivers.hvci_concerns", driversHvciConcerns)                                                                    \
    X("boot.hypervisor_launch_type", bootHypervisorLaunchType)                                                         \
    X("chpe.disabled", chpeDisabled)                                                                                   \
    X("chpe.restart_pending", chpeRestartPending)                                                                      \
    X("chpe.registry.hotpatch_restrictions", chpeHotPatchRestrictions)                                                 \
    X("chpe.mdm.disable_chpe", chpeMdmDisableChpe)                                                                     \
    X("mdm.enrolled", mdmEnrolled)                                                                                     \
    X("mdm.provider", mdmProvider)                                                                                     \
    X("entra.join_type", entraJoinType)                                                                                \
    X("hotpatch.policy_enabled", hotpatchPolicyEnabled)                                                                \
    X("hotpatch.registry.allow_rebootless_updates", hotpatchAllowRebootlessUpdates)                                    \
    X("hotpatch.server_enrolled", hotpatchServerEnrolled)                                                              \
    X("reboot.pending", rebootPending)                                                                                 \
    X("reboot.pending_reasons", rebootPendingReasons)                                                                  \
    X("reboot.last_boot_time", lastBootTime)                                                                           \
    X("update.baseline_status", updateBaselineStatus)                                                                  \
    X("update.channel_month", updateChannelMonth)                                                                      \
    X("update.latest_baseline", updateLatestBaseline)                                                                  \
    X("secureboot.db_has_windows_uefi_ca_2023", sbDbWindowsUefiCa2023)                                                 \
    X("secureboot.db_has_microsoft_uefi_ca_2023", sbDbMicrosoftUefiCa2023)                                             \
    X("secureboot.db_has_option_rom_uefi_ca_2023", sbDbOptionRomUefiCa2023)                                            \
    X("secureboot.db_has_microsoft_uefi_ca_2011", sbDbMicrosoftUefiCa2011)                                             \
    X("secureboot.kek_has_kek_2k_ca_2023", sbKekKek2kCa2023)                                                           \
    X("secureboot.update_status", sbUpdateStatus)                                                                      \
    X("secureboot.update_error", sbUpdateError)                                                                        \
    X("secureboot.update_error_event", sbUpdateErrorEvent)                                                             \
    X("secureboot.windows_uefi_ca_2023_capable", sbCapable)                                                            \
    X("secureboot.boot_manager_2023_signed", sbBootManager2023)                                                        \
    X("secureboot.update_pending_bits", sbAvailableUpdates)                                                            \
    X("secureboot.update_pending_decoded", sbAvailableUpdatesDecoded)                                                  \
    X("secureboot.available_updates_policy", sbAvailableUpdatesPolicy)                                                 \
    X("secureboot.last_event", sbLastEvent)                                                                            \
    X("bitlocker.os_volume_protection", bitlockerProtection)

template <class F> void visitFacts(DeviceFacts &d, F &&f)
{
#define HPR_VISIT(id, member) f(id, d.member);
    HPR_DEVICE_FACTS(HPR_VISIT)
#undef HPR_VISIT
}

template <class F> void visitFacts(const DeviceFacts &d, F &&f)
{
#define HPR_VISIT(id, member) f(id, d.member);
    HPR_DEVICE_FACTS(HPR_VISIT)
#undef HPR_VISIT
}

} // namespace hpr
