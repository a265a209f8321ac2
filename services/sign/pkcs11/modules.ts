/**
 * Where the PKCS#11 modules of the smart cards Italian officers use are usually installed. The list is
 * a convenience for the module picker: any other path chosen by the user works the same way.
 */
import { existsSync } from 'node:fs';

/** A PKCS#11 module the picker offers. */
export interface KnownModule {
  /** Who makes it, as the user knows it. */
  label: string;
  path: string;
}

type Platform = 'linux' | 'win32' | 'darwin';

const LINUX_DIRS = ['/usr/lib', '/usr/local/lib', '/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/usr/lib/aarch64-linux-gnu'];
const inLinuxDirs = (file: string): string[] => LINUX_DIRS.map((dir) => `${dir}/${file}`);

const CANDIDATES: Readonly<Record<Platform, ReadonlyArray<{ label: string; paths: readonly string[] }>>> = {
  linux: [
    { label: 'Bit4id (CNS e firma digitale)', paths: inLinuxDirs('libbit4xpki.so') },
    { label: 'Athena / InfoCert (CNS e firma digitale)', paths: inLinuxDirs('libASEP11.so') },
    { label: 'OpenSC', paths: [...inLinuxDirs('opensc-pkcs11.so'), ...inLinuxDirs('pkcs11/opensc-pkcs11.so')] },
    { label: 'SoftHSM (token software, per prove)', paths: ['/usr/lib/softhsm/libsofthsm2.so', ...inLinuxDirs('softhsm/libsofthsm2.so')] },
  ],
  win32: [
    { label: 'Bit4id (CNS e firma digitale)', paths: ['C:\\Windows\\System32\\bit4xpki.dll'] },
    { label: 'Athena / InfoCert (CNS e firma digitale)', paths: ['C:\\Windows\\System32\\asepkcs.dll'] },
    { label: 'OpenSC', paths: ['C:\\Program Files\\OpenSC Project\\OpenSC\\pkcs11\\opensc-pkcs11.dll'] },
    { label: 'SoftHSM (token software, per prove)', paths: ['C:\\SoftHSM2\\lib\\softhsm2-x64.dll'] },
  ],
  darwin: [
    { label: 'Bit4id (CNS e firma digitale)', paths: ['/usr/local/lib/libbit4xpki.dylib', '/Library/bit4id/pkcs11/libbit4xpki.dylib'] },
    { label: 'Athena / InfoCert (CNS e firma digitale)', paths: ['/usr/local/lib/libASEP11.dylib'] },
    { label: 'OpenSC', paths: ['/Library/OpenSC/lib/opensc-pkcs11.so'] },
    { label: 'SoftHSM (token software, per prove)', paths: ['/usr/local/lib/softhsm/libsofthsm2.so', '/opt/homebrew/lib/softhsm/libsofthsm2.so'] },
  ],
};

/** Every typical path of the known modules on a platform, installed or not. */
export function wellKnownModules(platform: string = process.platform): KnownModule[] {
  const list = CANDIDATES[platform as Platform] ?? [];
  return list.flatMap(({ label, paths }) => paths.map((path) => ({ label, path })));
}

/** The known modules present on this machine (the first path found for each maker). */
export function installedModules(platform: string = process.platform, exists: (path: string) => boolean = existsSync): KnownModule[] {
  const list = CANDIDATES[platform as Platform] ?? [];
  return list.flatMap(({ label, paths }) => {
    const path = paths.find((p) => exists(p));
    return path ? [{ label, path }] : [];
  });
}
