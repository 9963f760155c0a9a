#!/usr/bin/env bash
# Checks the Windows build: every .exe in build/bin must be a 64-bit PE
# (PE32+) importing only DLLs that ship with Windows (no MinGW runtime such
# as libgcc_s/libwinpthread/libstdc++ that would be missing on a user's PC).
set -euo pipefail
cd "$(dirname "$0")/.."
objdump=${OBJDUMP:-x86_64-w64-mingw32-objdump}
status=0
for exe in build/bin/feedback-desk.exe build/bin/feedbackctl.exe; do
	[ -f "$exe" ] || { echo "error: $exe missing" >&2; status=1; continue; }
	info=$("$objdump" -p "$exe")
	echo "--- $exe ($(du -h "$exe" | cut -f1))"
	grep -E 'PE32\+|DLL Name' <<<"$info" | sed 's/^[[:space:]]*/    /'
	grep -q 'PE32+' <<<"$info" || { echo "error: $exe is not PE32+" >&2; status=1; }
	while read -r dll; do
		case "${dll,,}" in
		kernel32.dll | user32.dll | gdi32.dll | advapi32.dll | shell32.dll | ole32.dll | oleaut32.dll | \
			comctl32.dll | comdlg32.dll | shlwapi.dll | uxtheme.dll | dwmapi.dll | version.dll | winmm.dll | \
			ws2_32.dll | crypt32.dll | bcrypt.dll | ntdll.dll | msvcrt.dll | api-ms-win-*.dll | ucrtbase.dll | \
			userenv.dll | secur32.dll | iphlpapi.dll | powrprof.dll | setupapi.dll | shcore.dll | wininet.dll | \
			winspool.drv | imm32.dll | opengl32.dll | dbghelp.dll | psapi.dll | mswsock.dll | netapi32.dll | \
			rpcrt4.dll | wtsapi32.dll | winhttp.dll | dnsapi.dll | ncrypt.dll | propsys.dll | oleacc.dll | \
			msimg32.dll | usp10.dll | d2d1.dll | dwrite.dll | d3d11.dll | dxgi.dll | windowscodecs.dll) ;;
		*) echo "error: $exe imports $dll, which is not a Windows system DLL" >&2; status=1 ;;
		esac
	done < <(sed -n 's/.*DLL Name: //p' <<<"$info" | sort -u)
done
for f in build/bin/*installer*.exe; do
	[ -f "$f" ] && echo "--- installer: $f ($(du -h "$f" | cut -f1))"
done
exit "$status"
