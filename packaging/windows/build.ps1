# Build the Windows installer of Beneficiary Desk. Run from the repository root, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Needs: Python 3.13 (or 3.12) from python.org (the `py` launcher), Inno Setup 6.3 or later (ISCC.exe; 6.3 understands x64compatible).
# Result: dist\desk-app\ (the application folder) and dist\BeneficiaryDesk-Setup-<version>.exe.
# It cannot run on the Linux CI machine (no Windows, no Inno Setup there).
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$venv = ".venv-win"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    py -3.13 -m venv $venv
    if ($LASTEXITCODE -ne 0) { py -3.12 -m venv $venv }
}
& "$venv\Scripts\python.exe" -m pip install -q --upgrade pip
& "$venv\Scripts\python.exe" -m pip install -q -c constraints.txt ".[bundle]"
& "$venv\Scripts\pyside6-lrelease.exe" translations\desk_app_ar.ts -qm translations\desk_app_ar.qm
& "$venv\Scripts\python.exe" packaging\build.py --dist dist --no-deb
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Inno Setup ships its Arabic wizard texts as an "unofficial" translation; fetch it once if this
# Inno Setup installation lacks it.
$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
$arabic = Join-Path (Split-Path $iscc) "Languages\Unofficial\Arabic.isl"
if (-not (Test-Path $arabic)) {
    $arabic = "packaging\windows\Arabic.isl"
    Invoke-WebRequest -UseBasicParsing -OutFile $arabic `
        "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/Arabic.isl"
    $arabic = (Resolve-Path $arabic).Path
}
$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.*)"').Matches[0].Groups[1].Value
& $iscc "/DAppVersion=$version" "/DArabicIsl=$arabic" packaging\windows\desk_app.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
