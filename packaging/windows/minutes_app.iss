; Inno Setup 6 script of minutes-app: installs the PyInstaller bundle dist\minutes-app\ with a
; Start-menu entry, an optional desktop icon and an uninstaller, in Vietnamese and English.
; Saved as UTF-8 with a byte order mark so the compiler reads the Vietnamese text right.
; Build (see README.md):  iscc /DAppVersion=0.1.0 packaging\windows\minutes_app.iss
; The version comes from minutes_app/appinfo.py (README.md shows the one-liner that reads it).

#ifndef AppVersion
  #error Pass the version from minutes_app/appinfo.py: iscc /DAppVersion=X.Y.Z minutes_app.iss
#endif
#define AppName "Biên bản cuộc họp"
#define AppNameEn "Meeting Minutes"
#define AppPublisher "minutes-app team"
#define AppExe "minutes-app.exe"
#define AppCliExe "minutes-app-cli.exe"
#define BundleDir "..\..\dist\minutes-app"

[Setup]
; AppId identifies the product to Windows for upgrades and uninstall: never change it.
AppId={{F6DB9384-7175-4619-9D63-B20E7A4EA8FD}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppPublisherURL=https://minutes-app.vn
AppCopyright=© 2026 {#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\minutes-app
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no administrator needed on office machines); admins may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=minutes-app-{#AppVersion}-setup
SetupIconFile=minutes-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
; Close a running copy before files are replaced.
CloseApplications=yes

[Languages]
; Vietnamese is one of Inno Setup's unofficial translations (Languages\Unofficial\Vietnamese.isl
; in the Inno Setup sources and on its translations page); it is not installed with the compiler.
; Put it beside this script (packaging\windows\Vietnamese.isl) or into the compiler's
; Languages\Unofficial folder. The first language listed is the default.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
Name: "vi"; MessagesFile: "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
Name: "vi"; MessagesFile: "compiler:Languages\Unofficial\Vietnamese.isl"
#else
  #error Vietnamese.isl not found: see packaging\windows\README.md (step 4)
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.AppTitle={#AppName}
en.AppTitle={#AppNameEn}
vi.CliTitle={#AppName} — dòng lệnh (xuất hàng loạt)
en.CliTitle={#AppNameEn} — command line (batch export)
vi.CliComment=Mở cửa sổ dòng lệnh để nhập, xuất và xuất hàng loạt biên bản
en.CliComment=Open a command prompt to import, export and batch-export minutes
vi.AppComment=Soạn, duyệt và xuất biên bản cuộc họp đúng thể thức
en.AppComment=Draft, review and export meeting minutes in the official layout

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "minutes-app.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; IconFilename: "{app}\minutes-app.ico"
Name: "{autoprograms}\{cm:CliTitle}"; Filename: "{cmd}"; Parameters: "/k ""{app}\{#AppCliExe}"" --help"; WorkingDir: "{userdocs}"; Comment: "{cm:CliComment}"; IconFilename: "{app}\minutes-app.ico"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; IconFilename: "{app}\minutes-app.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program writes inside its own folder; the user's database and settings
; (in %LOCALAPPDATA%\minutes-app) are kept on purpose.
Type: filesandordirs; Name: "{app}\__pycache__"
