# Intune Remediations: detection script of Hotpatch Ready (docs/intune.md).
# Exit 1 only when this device is not ready for hotpatch updates AND the remediation can fix it here; else 0.
# The decision is made by `hotpatch-ready-cli intune detect`, which prints one line (under 2048 characters, what
# Intune shows as the detection output) and exits 0 or 1. This wrapper only finds the CLI, passes its line and
# exit code on, and keeps stderr empty. Run it as SYSTEM, 64-bit PowerShell (Intune settings).
# Not 'Stop': Windows PowerShell 5.1 turns a native program's redirected stderr into errors that 'Stop' would throw.
$ErrorActionPreference = 'Continue'
# The 64-bit Program Files even when Intune runs this in 32-bit PowerShell.
$programFiles = if ($env:ProgramW6432) { $env:ProgramW6432 } else { $env:ProgramFiles }
$cli = Join-Path $programFiles 'HotpatchReady\bin\hotpatch-ready-cli.exe'
if (-not (Test-Path -LiteralPath $cli)) {
    Write-Output 'Hotpatch Ready: the CLI is not installed (deploy the Hotpatch Ready MSI first); nothing to remediate'
    exit 0
}
# stderr is merged into the output, so nothing reaches Intune's error column; the CLI writes none in this mode.
$output = @(& $cli intune detect --device local 2>&1)
$code = $LASTEXITCODE
$text = if ($output.Count -gt 0) { "$($output[0])" } else { "Hotpatch Ready: the CLI printed nothing (exit $code)" }
if ($text.Length -gt 2047) { $text = $text.Substring(0, 2044) + '...' }
Write-Output $text
if ($code -eq 1) { exit 1 }
exit 0
