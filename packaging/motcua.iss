; Inno Setup script of Một Cửa Desk: a per-user install (no administrator rights needed on a
; borrowed PC), a Start-menu entry, an optional desktop shortcut, and an uninstaller that keeps the
; commune's data (%LOCALAPPDATA%\MotCuaDesk) for a reinstall.
;
;   python packaging/build.py                       (dist\MotCuaDesk\ first)
;   iscc /DAppVersion=0.1.0 packaging\motcua.iss    (writes dist\MotCuaDesk-0.1.0-setup.exe)
;
; Needs Inno Setup 6.3 or later (x64compatible, IsX64Compatible).
; Qt 6 runs on Windows 10 version 1809 (build 17763) or later and on Windows 11, x86_64 only: the
; check in [Code] refuses anything else with a message in Vietnamese, before anything is copied.
; The file is UTF-8 with a byte-order mark, as Inno Setup needs for Vietnamese text.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Một Cửa Desk"
#define AppExe "MotCuaDesk.exe"

[Setup]
AppId={{6C1D5E0A-3B7F-4F4E-9A61-2E8D0C7B5A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\MotCuaDesk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=MotCuaDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\motcua.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "vi"; MessagesFile: "compiler:Default.isl"

[Messages]
; Inno Setup ships no Vietnamese translation: the pages a clerk reads are said here.
SetupAppTitle=Cài đặt
SetupWindowTitle=Cài đặt %1
ButtonBack=< &Quay lại
ButtonNext=&Tiếp >
ButtonInstall=&Cài đặt
ButtonOK=Đồng ý
ButtonCancel=Hủy
ButtonYes=&Có
ButtonNo=&Không
ButtonFinish=&Xong
ButtonBrowse=&Chọn…
WelcomeLabel1=Chào mừng đến với chương trình cài đặt [name]
WelcomeLabel2=Chương trình sẽ cài [name/ver] cho tài khoản Windows này (không cần quyền quản trị).%n%nNên đóng các ứng dụng khác trước khi tiếp tục.
SelectDirLabel3=[name] sẽ được cài vào thư mục sau.
SelectDirBrowseLabel=Bấm Tiếp để cài. Muốn chọn thư mục khác, bấm Chọn….
SelectTasksLabel2=Chọn việc cần làm thêm khi cài [name], rồi bấm Tiếp.
ReadyLabel1=Sẵn sàng cài [name].
ReadyLabel2a=Bấm Cài đặt để bắt đầu, hoặc Quay lại để xem lại.
InstallingLabel=Đang cài [name], vui lòng chờ…
FinishedHeadingLabel=Đã cài xong [name]
FinishedLabel=[name] đã được cài trên máy. Mở ứng dụng từ menu Start (Một Cửa Desk).
ClickFinish=Bấm Xong để đóng chương trình cài đặt.
ExitSetupTitle=Thoát cài đặt
ExitSetupMessage=Chưa cài xong. Nếu thoát bây giờ, ứng dụng sẽ không được cài.%n%nThoát cài đặt?
ConfirmUninstall=Gỡ bỏ %1? Dữ liệu của xã (thư mục MotCuaDesk trong AppData\Local) vẫn được giữ lại.
UninstalledAll=Đã gỡ bỏ %1. Dữ liệu của xã vẫn còn trong thư mục MotCuaDesk của AppData\Local.

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình nền"; GroupDescription: "Biểu tượng:"

[Files]
Source: "..\dist\MotCuaDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\Gỡ bỏ {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "Mở {#AppName} ngay"; Flags: nowait postinstall skipifsilent

[Code]
const
  MinBuild = 17763; { Windows 10 version 1809 }

function InitializeSetup(): Boolean;
var
  Version: TWindowsVersion;
begin
  Result := True;
  GetWindowsVersionEx(Version);
  if (Version.Major < 10) or ((Version.Major = 10) and (Version.Build < MinBuild)) then
  begin
    SuppressibleMsgBox(
      'Máy tính này chạy Windows quá cũ (phiên bản ' + IntToStr(Version.Major) + '.' +
      IntToStr(Version.Minor) + ', bản dựng ' + IntToStr(Version.Build) + ').' + #13#10 + #13#10 +
      'Một Cửa Desk cần Windows 10 phiên bản 1809 (bản dựng 17763) trở lên, hoặc Windows 11. ' +
      'Windows 7, 8 và 8.1 không chạy được ứng dụng này.' + #13#10 + #13#10 +
      'Hãy cập nhật Windows (Cài đặt → Cập nhật và bảo mật) hoặc cài trên một máy khác.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
    exit;
  end;
  if not IsX64Compatible then
  begin
    SuppressibleMsgBox(
      'Máy tính này chạy Windows 32-bit.' + #13#10 + #13#10 +
      'Một Cửa Desk chỉ chạy trên Windows 64-bit (x64). Hãy cài trên một máy Windows 10 ' +
      'hoặc Windows 11 bản 64-bit.',
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
