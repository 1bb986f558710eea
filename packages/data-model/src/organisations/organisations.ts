import type { Locale } from '@cydran/i18n';

/**
 * The public bodies a Welsh service most often asks a person to choose
 * between: the 22 principal councils (the unitary authorities of the Local
 * Government (Wales) Act 1994) and the 7 local health boards of NHS Wales.
 *
 * Each has its official name in English and in Welsh (the body's own name,
 * as it uses it), the name of the area it serves, and its ONS GSS code as a
 * stable key: `W06…` for a principal area, `W11…` for a local health board
 * (the 2019 codes, after the Bridgend boundary change that made Cwm Taf
 * Morgannwg and Swansea Bay). Store the code, never a name: names change
 * (Abertawe Bro Morgannwg became Swansea Bay in 2019), codes of a body that
 * changes get a new code.
 */
export type BilingualName = Readonly<Record<Locale, string>>;

export interface PrincipalCouncil {
  /** ONS GSS code of the principal area, `W06000001` to `W06000024` (007 and 017 are not used). */
  readonly code: `W06${string}`;
  /** The council's own name: "Cyngor Sir Ynys Môn" / "Isle of Anglesey County Council". */
  readonly name: BilingualName;
  /** The area it governs, as the Welsh Language Commissioner's standard forms give it: "Ynys Môn" / "Isle of Anglesey". */
  readonly area: BilingualName;
  /** The code of the local health board whose area includes it. */
  readonly healthBoard: `W11${string}`;
}

export interface HealthBoard {
  /** ONS GSS code of the local health board (2019 boundaries), `W11000023` to `W11000031`. */
  readonly code: `W11${string}`;
  /** The board's own name: "Bwrdd Iechyd Prifysgol Betsi Cadwaladr" / "Betsi Cadwaladr University Health Board". */
  readonly name: BilingualName;
  /** The short name people use: "Betsi Cadwaladr", "Bae Abertawe" / "Swansea Bay". */
  readonly shortName: BilingualName;
}

function frozen<T extends object>(items: T[]): readonly T[] {
  for (const item of items) {
    for (const value of Object.values(item)) if (typeof value === 'object' && value !== null) Object.freeze(value);
    Object.freeze(item);
  }
  return Object.freeze(items);
}

const BCUHB = 'W11000023';
const PTHB = 'W11000024';
const HDUHB = 'W11000025';
const ABUHB = 'W11000028';
const CAVUHB = 'W11000029';
const CTMUHB = 'W11000030';
const SBUHB = 'W11000031';

/** The 22 principal councils of Wales, in GSS code order (roughly north-west to south-east). */
export const PRINCIPAL_COUNCILS: readonly PrincipalCouncil[] = frozen<PrincipalCouncil>([
  {
    code: 'W06000001',
    name: { en: 'Isle of Anglesey County Council', cy: 'Cyngor Sir Ynys Môn' },
    area: { en: 'Isle of Anglesey', cy: 'Ynys Môn' },
    healthBoard: BCUHB,
  },
  { code: 'W06000002', name: { en: 'Gwynedd Council', cy: 'Cyngor Gwynedd' }, area: { en: 'Gwynedd', cy: 'Gwynedd' }, healthBoard: BCUHB },
  {
    code: 'W06000003',
    name: { en: 'Conwy County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Conwy' },
    area: { en: 'Conwy', cy: 'Conwy' },
    healthBoard: BCUHB,
  },
  {
    code: 'W06000004',
    name: { en: 'Denbighshire County Council', cy: 'Cyngor Sir Ddinbych' },
    area: { en: 'Denbighshire', cy: 'Sir Ddinbych' },
    healthBoard: BCUHB,
  },
  {
    code: 'W06000005',
    name: { en: 'Flintshire County Council', cy: 'Cyngor Sir y Fflint' },
    area: { en: 'Flintshire', cy: 'Sir y Fflint' },
    healthBoard: BCUHB,
  },
  {
    code: 'W06000006',
    name: { en: 'Wrexham County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Wrecsam' },
    area: { en: 'Wrexham', cy: 'Wrecsam' },
    healthBoard: BCUHB,
  },
  {
    code: 'W06000008',
    name: { en: 'Ceredigion County Council', cy: 'Cyngor Sir Ceredigion' },
    area: { en: 'Ceredigion', cy: 'Ceredigion' },
    healthBoard: HDUHB,
  },
  {
    code: 'W06000009',
    name: { en: 'Pembrokeshire County Council', cy: 'Cyngor Sir Penfro' },
    area: { en: 'Pembrokeshire', cy: 'Sir Benfro' },
    healthBoard: HDUHB,
  },
  {
    code: 'W06000010',
    name: { en: 'Carmarthenshire County Council', cy: 'Cyngor Sir Caerfyrddin' },
    area: { en: 'Carmarthenshire', cy: 'Sir Gaerfyrddin' },
    healthBoard: HDUHB,
  },
  { code: 'W06000011', name: { en: 'Swansea Council', cy: 'Cyngor Abertawe' }, area: { en: 'Swansea', cy: 'Abertawe' }, healthBoard: SBUHB },
  {
    code: 'W06000012',
    name: { en: 'Neath Port Talbot County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot' },
    area: { en: 'Neath Port Talbot', cy: 'Castell-nedd Port Talbot' },
    healthBoard: SBUHB,
  },
  {
    code: 'W06000013',
    name: { en: 'Bridgend County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr' },
    area: { en: 'Bridgend', cy: 'Pen-y-bont ar Ogwr' },
    healthBoard: CTMUHB,
  },
  {
    code: 'W06000014',
    name: { en: 'Vale of Glamorgan Council', cy: 'Cyngor Bro Morgannwg' },
    area: { en: 'Vale of Glamorgan', cy: 'Bro Morgannwg' },
    healthBoard: CAVUHB,
  },
  { code: 'W06000015', name: { en: 'Cardiff Council', cy: 'Cyngor Caerdydd' }, area: { en: 'Cardiff', cy: 'Caerdydd' }, healthBoard: CAVUHB },
  {
    code: 'W06000016',
    name: { en: 'Rhondda Cynon Taf County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf' },
    area: { en: 'Rhondda Cynon Taf', cy: 'Rhondda Cynon Taf' },
    healthBoard: CTMUHB,
  },
  {
    code: 'W06000018',
    name: { en: 'Caerphilly County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Caerffili' },
    area: { en: 'Caerphilly', cy: 'Caerffili' },
    healthBoard: ABUHB,
  },
  {
    code: 'W06000019',
    name: { en: 'Blaenau Gwent County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Blaenau Gwent' },
    area: { en: 'Blaenau Gwent', cy: 'Blaenau Gwent' },
    healthBoard: ABUHB,
  },
  {
    code: 'W06000020',
    name: { en: 'Torfaen County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Torfaen' },
    area: { en: 'Torfaen', cy: 'Tor-faen' },
    healthBoard: ABUHB,
  },
  {
    code: 'W06000021',
    name: { en: 'Monmouthshire County Council', cy: 'Cyngor Sir Fynwy' },
    area: { en: 'Monmouthshire', cy: 'Sir Fynwy' },
    healthBoard: ABUHB,
  },
  { code: 'W06000022', name: { en: 'Newport City Council', cy: 'Cyngor Dinas Casnewydd' }, area: { en: 'Newport', cy: 'Casnewydd' }, healthBoard: ABUHB },
  { code: 'W06000023', name: { en: 'Powys County Council', cy: 'Cyngor Sir Powys' }, area: { en: 'Powys', cy: 'Powys' }, healthBoard: PTHB },
  {
    code: 'W06000024',
    name: { en: 'Merthyr Tydfil County Borough Council', cy: 'Cyngor Bwrdeistref Sirol Merthyr Tudful' },
    area: { en: 'Merthyr Tydfil', cy: 'Merthyr Tudful' },
    healthBoard: CTMUHB,
  },
]);

/** The 7 local health boards of NHS Wales (2019 boundaries), in GSS code order. */
export const HEALTH_BOARDS: readonly HealthBoard[] = frozen<HealthBoard>([
  {
    code: BCUHB,
    name: { en: 'Betsi Cadwaladr University Health Board', cy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr' },
    shortName: { en: 'Betsi Cadwaladr', cy: 'Betsi Cadwaladr' },
  },
  { code: PTHB, name: { en: 'Powys Teaching Health Board', cy: 'Bwrdd Iechyd Addysgu Powys' }, shortName: { en: 'Powys', cy: 'Powys' } },
  { code: HDUHB, name: { en: 'Hywel Dda University Health Board', cy: 'Bwrdd Iechyd Prifysgol Hywel Dda' }, shortName: { en: 'Hywel Dda', cy: 'Hywel Dda' } },
  {
    code: ABUHB,
    name: { en: 'Aneurin Bevan University Health Board', cy: 'Bwrdd Iechyd Prifysgol Aneurin Bevan' },
    shortName: { en: 'Aneurin Bevan', cy: 'Aneurin Bevan' },
  },
  {
    code: CAVUHB,
    name: { en: 'Cardiff and Vale University Health Board', cy: 'Bwrdd Iechyd Prifysgol Caerdydd a’r Fro' },
    shortName: { en: 'Cardiff and Vale', cy: 'Caerdydd a’r Fro' },
  },
  {
    code: CTMUHB,
    name: { en: 'Cwm Taf Morgannwg University Health Board', cy: 'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg' },
    shortName: { en: 'Cwm Taf Morgannwg', cy: 'Cwm Taf Morgannwg' },
  },
  {
    code: SBUHB,
    name: { en: 'Swansea Bay University Health Board', cy: 'Bwrdd Iechyd Prifysgol Bae Abertawe' },
    shortName: { en: 'Swansea Bay', cy: 'Bae Abertawe' },
  },
]);

const councilsByCode = new Map<string, PrincipalCouncil>(PRINCIPAL_COUNCILS.map((council) => [council.code, council]));
const boardsByCode = new Map<string, HealthBoard>(HEALTH_BOARDS.map((board) => [board.code, board]));

/** The principal council with this GSS code, or undefined. */
export function principalCouncil(code: string): PrincipalCouncil | undefined {
  return councilsByCode.get(code);
}

/** The local health board with this GSS code, or undefined. */
export function healthBoard(code: string): HealthBoard | undefined {
  return boardsByCode.get(code);
}

/** The councils whose areas a health board covers, in GSS code order. */
export function councilsOfHealthBoard(code: string): readonly PrincipalCouncil[] {
  return PRINCIPAL_COUNCILS.filter((council) => council.healthBoard === code);
}
