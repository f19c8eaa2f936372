# Build the Windows installer: virtualenv, PyInstaller one-folder build, frozen smoke test, Inno Setup.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1       (from any folder)
#
# Needs: 64-bit Python 3.11+ (python.org installer, "py" launcher), Inno Setup 6 (ISCC.exe on PATH
# or in its default folder). Output: dist\stationdesk\ and dist\StationDesk-<version>-setup.exe.
# Stops at the first failure; the installer is only built when the frozen smoke test passed.
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

$match = Select-String -Path "desktop\__init__.py" -Pattern '^__version__ = "(.+)"$'
if (-not $match) { throw "no __version__ in desktop\__init__.py" }
$version = $match.Matches[0].Groups[1].Value
Write-Host "StationDesk $version"

if (-not (Test-Path ".venv-win\Scripts\python.exe")) { py -3 -m venv .venv-win }
$python = Join-Path $root ".venv-win\Scripts\python.exe"
& $python -m pip install --quiet --upgrade pip
& $python -m pip install --quiet ".[build]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$started = Get-Date
& $python -m PyInstaller --noconfirm --distpath dist --workpath build\pyinstaller installer\stationdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
Write-Host ("built in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)

# The console twin prints the smoke test's report; the GUI exe has no console on Windows.
& "dist\stationdesk\stationdesk-cli.exe" --version
& "dist\stationdesk\stationdesk-cli.exe" --smoke-test
if ($LASTEXITCODE -ne 0) { throw "the frozen smoke test failed" }

$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
& $iscc "/DAppVersion=$version" "installer\windows\stationdesk.iss"
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "dist\StationDesk-$version-setup.exe"
