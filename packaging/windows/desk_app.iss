; Inno Setup 6 script for Beneficiary Desk (built by build.ps1 beside this file; read README.md).
; Per-user install (no administrator rights): the program goes to
; %LOCALAPPDATA%\Programs\BeneficiaryDesk; the data (database, backups) live in
; %LOCALAPPDATA%\BeneficiaryDesk\BeneficiaryDesk, which this installer never lists, so neither an
; upgrade nor the uninstaller touches them.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef ArabicIsl
  #define ArabicIsl "compiler:Languages\Unofficial\Arabic.isl"
#endif

[Setup]
; The AppId ties upgrades to the installed copy: never change it.
AppId={{6B0F3C1E-4B7A-4C55-9E0B-5D2B8F1A7C31}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppPublisher=Beneficiary Desk
DefaultDirName={localappdata}\Programs\BeneficiaryDesk
DefaultGroupName={cm:AppName}
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\desk-app.exe
UninstallDisplayName={cm:AppName}
SetupIconFile=..\..\resources\icons\desk-app.ico
OutputDir=..\..\dist
OutputBaseFilename=BeneficiaryDesk-Setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=yes
CloseApplications=yes

[Languages]
Name: "ar"; MessagesFile: "{#ArabicIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ar.AppName=مكتب المستفيدين
en.AppName=Beneficiary Desk
ar.DataKept=تبقى بيانات الجمعية (قاعدة البيانات والنسخ الاحتياطية) في مجلد المستخدم ولا يحذفها إلغاء التثبيت.
en.DataKept=The association's data (database and backups) stay in the user's folder; uninstalling does not delete them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the program folder's libraries wholesale (no stale Qt or Python files).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\desk-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\desk-app.exe"; IconFilename: "{app}\desk-app.exe"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\desk-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\desk-app.exe"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Messages]
ar.FinishedLabel=اكتمل تثبيت [name]. تبقى بيانات الجمعية في مجلد المستخدم ولا يمسها التحديث أو إلغاء التثبيت.
en.FinishedLabel=Setup has finished installing [name]. The association's data stay in the user's folder; upgrades and uninstalling leave them alone.
