/** Names in Latin, Cyrillic or English as the reader chooses, where the data has them (else the Latin name). */
export type Script = 'latin' | 'cyrillic' | 'english';

export const scripts: { value: Script; label: string }[] = [
  { value: 'latin', label: 'Latinica' },
  { value: 'cyrillic', label: 'Ћирилица' },
  { value: 'english', label: 'English' },
];

let current: Script = readStored();

function readStored(): Script {
  try {
    const v = window.localStorage.getItem('nkss-explorer-script');
    return v === 'cyrillic' || v === 'english' ? v : 'latin';
  } catch {
    return 'latin';
  }
}

export function script(): Script {
  return current;
}

export function setScript(value: Script): void {
  current = value;
  try {
    window.localStorage.setItem('nkss-explorer-script', value);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

export interface Named {
  name: string;
  nameCyr?: string | null;
  nameEn?: string | null;
  nameSr?: string | null;
  aliases?: readonly string[] | null;
}

const cyrillic = /[\u0400-\u04FF]/;

/** The name in the chosen script: nameCyr or a Cyrillic alias; nameEn (a country's name is English, nameSr Serbian). */
export function nameOf(x: Named): string {
  if (current === 'cyrillic') return x.nameCyr ?? x.aliases?.find((a) => cyrillic.test(a)) ?? x.name;
  if (current === 'english') return x.nameEn ?? x.name;
  return x.nameSr ?? x.name;
}
