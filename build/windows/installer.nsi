; The Linksnap installer for Windows. `make dist-windows` builds it on Linux
; with Debian's makensis and passes VERSION, WIN_VERSION, SRCDIR (the folder
; holding linksnap.exe and linksnap-cli.exe), ICON and OUTFILE.
;
; It installs for the current user only (no administrator prompt) into
; %LocalAppData%\Programs\Linksnap, adds a Start menu entry, makes
; linksnap:// links open Linksnap (HKCU\Software\Classes\linksnap) and
; registers an uninstaller. The library, %LocalAppData%\Linksnap, is the
; user's: neither the installer nor the uninstaller touches it.
;
; WebView2: the window needs the Microsoft Edge WebView2 Runtime, which
; Windows 11 and current Windows 10 already have. When the release machine
; puts Microsoft's bootstrapper, MicrosoftEdgeWebview2Setup.exe, beside this
; script, the installer carries it and runs it when the runtime is missing.
; Without it the build still succeeds (with a warning) and the installer
; tells the user what to install.

Unicode true
; A 64-bit installer for a 64-bit program (it also runs on a Wine without
; 32-bit support, which is how CI tries it).
Target amd64-unicode

!ifndef VERSION | WIN_VERSION | SRCDIR | ICON | OUTFILE
  !error "run through make dist-windows (VERSION, WIN_VERSION, SRCDIR, ICON and OUTFILE are needed)"
!endif

!define APP "Linksnap"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Linksnap"
!define WEBVIEW2_GUID "{F3017226-FE2A-4295-8BDF-00C3A9A7E4C5}"
!define WEBVIEW2_SETUP "MicrosoftEdgeWebview2Setup.exe"

Name "${APP}"
Caption "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Linksnap"
InstallDirRegKey HKCU "Software\Linksnap" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APP} ${VERSION}"

VIProductVersion "${WIN_VERSION}"
VIFileVersion "${WIN_VERSION}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "Linksnap developers"

!include "MUI2.nsh"
!include "LogicLib.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\linksnap.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString WebView2Missing ${LANG_ENGLISH} "Linksnap needs the Microsoft Edge WebView2 Runtime to show its window, and it is not installed.$\r$\n$\r$\nInstall the 'Evergreen' WebView2 Runtime from Microsoft (search for 'WebView2 Runtime download'), then start Linksnap. The command line (linksnap-cli.exe) works without it."
LangString WebView2Missing ${LANG_SIMPCHINESE} "链接快照需要 Microsoft Edge WebView2 运行时来显示窗口，但本机尚未安装。$\r$\n$\r$\n请从微软官方下载安装“常青版（Evergreen）”WebView2 运行时（搜索“WebView2 Runtime 下载”），然后再启动链接快照。命令行工具 linksnap-cli.exe 无需它也能使用。"
LangString WebView2Failed ${LANG_ENGLISH} "The WebView2 Runtime setup did not finish (exit code $1). Linksnap's window needs it: run ${WEBVIEW2_SETUP} again or install the runtime from Microsoft."
LangString WebView2Failed ${LANG_SIMPCHINESE} "WebView2 运行时安装未完成（退出码 $1）。链接快照的窗口需要它：请重新运行 ${WEBVIEW2_SETUP}，或从微软官方安装该运行时。"
LangString WebView2Installing ${LANG_ENGLISH} "Installing the Microsoft Edge WebView2 Runtime..."
LangString WebView2Installing ${LANG_SIMPCHINESE} "正在安装 Microsoft Edge WebView2 运行时……"

; Sets $0 to the installed WebView2 runtime version, or "" when none is.
Function WebView2Version
  ReadRegStr $0 HKLM "SOFTWARE\WOW6432Node\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKLM "SOFTWARE\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == ""
  ${OrIf} $0 == "0.0.0.0"
    ReadRegStr $0 HKCU "Software\Microsoft\EdgeUpdate\Clients\${WEBVIEW2_GUID}" "pv"
  ${EndIf}
  ${If} $0 == "0.0.0.0"
    StrCpy $0 ""
  ${EndIf}
FunctionEnd

Section "Linksnap" SecApp
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${SRCDIR}\linksnap.exe"
  File "${SRCDIR}\linksnap-cli.exe"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Linksnap" "InstallDir" "$INSTDIR"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\linksnap.exe" "" "$INSTDIR\linksnap.exe" 0

  ; linksnap://add?url=... links open (or reach) the running app.
  WriteRegStr HKCU "Software\Classes\linksnap" "" "URL:Linksnap"
  WriteRegStr HKCU "Software\Classes\linksnap" "URL Protocol" ""
  WriteRegStr HKCU "Software\Classes\linksnap\DefaultIcon" "" '"$INSTDIR\linksnap.exe",0'
  WriteRegStr HKCU "Software\Classes\linksnap\shell\open\command" "" '"$INSTDIR\linksnap.exe" "%1"'

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Linksnap developers"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" '"$INSTDIR\linksnap.exe",0'
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "-WebView2" SecWebView2
  Call WebView2Version
  ${If} $0 != ""
    DetailPrint "WebView2 Runtime $0 is installed."
    Return
  ${EndIf}
!if /FileExists "${__FILEDIR__}\${WEBVIEW2_SETUP}"
  DetailPrint "$(WebView2Installing)"
  InitPluginsDir
  SetOutPath "$PLUGINSDIR"
  File "${__FILEDIR__}\${WEBVIEW2_SETUP}"
  ExecWait '"$PLUGINSDIR\${WEBVIEW2_SETUP}" /silent /install' $1
  SetOutPath "$INSTDIR"
  ${If} $1 != 0
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(WebView2Failed)" /SD IDOK
  ${EndIf}
!else
  !warning "${WEBVIEW2_SETUP} is not in build/windows: this installer cannot install WebView2 and will tell the user to install it"
  DetailPrint "WebView2 Runtime is missing."
  MessageBox MB_ICONEXCLAMATION|MB_OK "$(WebView2Missing)" /SD IDOK
!endif
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\linksnap.exe"
  Delete "$INSTDIR\linksnap-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  ; Only our own handler: another program may have taken linksnap:// since.
  ReadRegStr $0 HKCU "Software\Classes\linksnap\shell\open\command" ""
  ${If} $0 == '"$INSTDIR\linksnap.exe" "%1"'
    DeleteRegKey HKCU "Software\Classes\linksnap"
  ${EndIf}
  DeleteRegKey HKCU "${UNINST_KEY}"
  DeleteRegKey HKCU "Software\Linksnap"
  ; %LocalAppData%\Linksnap (the library) stays.
SectionEnd
