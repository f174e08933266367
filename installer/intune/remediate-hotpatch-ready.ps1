# Intune Remediations: remediation script of Hotpatch Ready (docs/intune.md).
# Applies the fix plan (allowlisted registry values, journaled; undo with `hotpatch-ready-cli rollback`). It never
# restarts the device itself: `hotpatch-ready-cli intune remediate` schedules the single restart only when the
# admin policy value RemediationSchedulesRestart=1 (HKLM\SOFTWARE\Policies\HotpatchReady) allows it, inside the
# RestartWindow when one is set; otherwise the restart is left to the Windows Update ring.
# One line of output (under 2048 characters); exit 0 when remediated, 1 when not. Run as SYSTEM, 64-bit.
# Not 'Stop': Windows PowerShell 5.1 turns a native program's redirected stderr into errors that 'Stop' would throw.
$ErrorActionPreference = 'Continue'
# The 64-bit Program Files even when Intune runs this in 32-bit PowerShell.
$programFiles = if ($env:ProgramW6432) { $env:ProgramW6432 } else { $env:ProgramFiles }
$cli = Join-Path $programFiles 'HotpatchReady\bin\hotpatch-ready-cli.exe'
if (-not (Test-Path -LiteralPath $cli)) {
    Write-Output 'Hotpatch Ready: the CLI is not installed (deploy the Hotpatch Ready MSI first); not remediated'
    exit 1
}
# stderr is merged into the output, so nothing reaches Intune's error column; the CLI writes none in this mode.
$output = @(& $cli intune remediate --device local 2>&1)
$code = $LASTEXITCODE
$text = if ($output.Count -gt 0) { "$($output[0])" } else { "Hotpatch Ready: the CLI printed nothing (exit $code)" }
if ($text.Length -gt 2047) { $text = $text.Substring(0, 2044) + '...' }
Write-Output $text
if ($code -eq 0) { exit 0 }
exit 1
