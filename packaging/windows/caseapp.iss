; Inno Setup 6 script: caseapp-<version>-setup.exe from the PyInstaller folder.
;
; Build on Windows (see packaging/README.md), from the repository root:
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e . -r packaging\requirements.txt
;   .venv\Scripts\pyside6-lrelease resources\i18n\caseapp_es.ts -qm resources\i18n\caseapp_es.qm
;     (and caseapp_en, caseapp_core_es: every resources\i18n\*.ts)
;   .venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\pyinstaller\caseapp.spec
;   dist\caseapp\caseapp-cli.exe --self-test
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\caseapp.iss
;
; Output: dist\caseapp-<version>-setup.exe. Not built or tested on this project's
; Linux machines (no Windows there).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "caseapp"
#define AppPublisher "The caseapp authors"
#define SourceDir "..\..\dist\caseapp"

[Setup]
; Never change AppId: Windows identifies the installed app (upgrades, uninstall) by it.
AppId={{B16687EF-208F-47D3-95A2-C402C7348A26}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=Copyright (C) {#AppPublisher}. AGPL-3.0-or-later.
VersionInfoVersion={#AppVersion}
; Per-user install by default (no administrator needed, %LOCALAPPDATA%\Programs);
; IT can choose "for all users" in the dialog or with /ALLUSERS on the command line.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; The licence page: the AGPL text in LICENSE at the repository root when there is one,
; else the licences overview that resources\licenses carries.
#if FileExists(AddBackslash(SourcePath) + "..\..\LICENSE")
LicenseFile=..\..\LICENSE
#else
LicenseFile=..\..\resources\licenses\README.md
#endif
OutputDir=..\..\dist
OutputBaseFilename=caseapp-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\caseapp.ico
UninstallDisplayIcon={app}\caseapp.exe
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; caseapp must not be running while its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program folder whole: no stale libraries from an older build.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\caseapp.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\caseapp.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\caseapp.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only. Vaults live in each user's data
; folder (%LOCALAPPDATA%\caseapp) and are never deleted by it.
