// A stand-in for Windows' bcryptprimitives.dll, for the Wine test only.
//
// Go's runtime (1.22 on) gets its random bytes from ProcessPrng in
// bcryptprimitives.dll, which every Windows 10 and 11 has but Debian 12's
// Wine 8.0 does not ship, so without this a Go program dies before main
// under that Wine. tests/dist/wine.sh builds it with mingw-w64 into the
// throwaway Wine prefix's system32; it is never packaged.
#include <windows.h>
#include <ntsecapi.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
	while (size > 0) {
		ULONG n = size > 0x10000000 ? 0x10000000 : (ULONG)size;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		size -= n;
	}
	return TRUE;
}
