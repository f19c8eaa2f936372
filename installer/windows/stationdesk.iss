; Inno Setup 6 script for StationDesk 社工站工作台: per-machine install of the PyInstaller folder.
;
;   ISCC /DAppVersion=x.y.z installer\windows\stationdesk.iss      (run from the repository root)
;
; installer\windows\build.ps1 does the whole build (venv, PyInstaller, frozen smoke test, ISCC) and
; passes the version from desktop\__init__.py. Output: dist\StationDesk-<version>-setup.exe.
; Upgrade in place: the AppId below never changes, so a newer setup replaces the installed version in
; the same folder (the old _internal folder is removed first, so no stale modules stay behind).
; User data lives in %LOCALAPPDATA%\StationDesk and is never touched by install, upgrade or uninstall.
; This file is UTF-8 with a byte-order mark: Inno Setup needs the BOM to read the Chinese names.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from desktop\__init__.py)
#endif
#define AppExe "stationdesk.exe"
#define AppNameZh "社工站工作台"
#define Root AddBackslash(SourcePath) + "..\.."

[Setup]
; Never change this id: it is how Windows knows a new setup is the same program (upgrade in place).
AppId={{C715EE68-DB3F-4D5D-84D0-4ABB716360C9}
AppName=StationDesk {#AppNameZh}
AppVersion={#AppVersion}
AppVerName=StationDesk {#AppNameZh} {#AppVersion}
AppPublisher=StationDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=StationDesk {#AppNameZh}
DefaultDirName={autopf}\StationDesk
DefaultGroupName={#AppNameZh}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#Root}\resources\icons\stationdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=StationDesk {#AppNameZh}
OutputDir={#Root}\dist
OutputBaseFilename=StationDesk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
; Simplified Chinese is an unofficial Inno Setup translation: put ChineseSimplified.isl next to
; this script, or in the compiler's Languages\Unofficial folder (see installer\README.md).
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the setup wizard will be in English only"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; The frozen program's libraries of the previous version: replaced as a whole on upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Root}\dist\stationdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; Comment: "StationDesk {#AppNameZh}"
Name: "{autodesktop}\{#AppNameZh}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppNameZh}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: %LOCALAPPDATA%\StationDesk holds the station's records and stays.
