/**
 * Real Welsh words and place names for the collation tests: the 22 principal
 * areas, towns and villages, and common words with every digraph, accents and
 * capitals. A "|" marks where a dictionary reads "ng" or "rh" as two letters
 * (Ban|gor, par|hau); the test removes it for `compare` and, for ICU, puts a
 * combining grapheme joiner there, which stops ICU reading the pair as one
 * letter. Every other word must sort exactly as `Intl.Collator('cy')` does.
 */
export const PRINCIPAL_AREAS = [
  'Ynys Môn', 'Gwynedd', 'Conwy', 'Sir Ddinbych', 'Sir y Fflint', 'Wrecsam', 'Powys', 'Ceredigion',
  'Sir Benfro', 'Sir Gaerfyrddin', 'Abertawe', 'Castell-nedd Port Talbot', 'Pen-y-bont ar Ogwr',
  'Bro Morgannwg', 'Caerdydd', 'Rhondda Cynon Taf', 'Merthyr Tudful', 'Caerffili', 'Blaenau Gwent',
  'Torfaen', 'Sir Fynwy', 'Casnewydd',
];

export const PLACES = [
  'Aberaeron', 'Aberdâr', 'Aberdaron', 'Abergele', 'Aberhonddu', 'Abertyleri', 'Aberystwyth', 'Amlwch',
  'Ammanford', 'Y Bala', 'Ban|gor', 'Bargod', 'Betws-y-coed', 'Biwmares', 'Blaenau Ffestiniog', 'Bodedern',
  'Brynaman', 'Bryncethin', 'Bryn|gwran', 'Bryn|gwyn', 'Brynmawr', 'Brynsiencyn', 'Y Bont-faen', 'Caergybi',
  'Caernarfon', 'Caerfyrddin', 'Caerllion', 'Cas-gwent', 'Castellnewydd Emlyn', 'Cei Connah', 'Cricieth',
  'Crucywel', 'Cwmbrân', 'Cydweli', 'Dinas Mawddwy', 'Dinbych', 'Dinbych-y-pysgod', 'Dolgellau',
  'Y Drenewydd', 'Ffestiniog', 'Fflint', 'Ffynnon Taf', 'Y Fenni', 'Glan|gwili', 'Glynebwy', 'Gorseinon',
  'Gwauncaegurwen', 'Harlech', 'Hendy-gwyn', 'Hwlffordd', 'Llanbedr Pont Steffan', 'Llanberis',
  'Llandeilo', 'Llandrindod', 'Llandudno', 'Llandysul', 'Llanelli', 'Llanfair Caereinion',
  'Llanfairpwllgwyn|gyll', 'Llanfihangel', 'Llan|gefni', 'Llan|gollen', 'Llan|grannog', 'Llan|gadog',
  'Llanidloes', 'Llanrwst', 'Llantrisant', 'Llanymddyfri', 'Llŷn', 'Machynlleth', 'Maesteg', 'Merthyr',
  'Nefyn', 'Pen|gam', 'Pen|gwern', 'Penarth', 'Penrhyndeudraeth', 'Penrhyn', 'Pentyrch', 'Pen-y-groes',
  'Pontarddulais', 'Pontypridd', 'Porthcawl', 'Porthmadog', 'Prestatyn', 'Pwllheli', 'Rhaeadr Gwy',
  'Rhosllannerchrugog', 'Rhuthun', 'Y Rhyl', 'Rhymni', 'Rhydaman', 'Rhiwabon', 'Talacharn', 'Tonypandy',
  'Treffynnon', 'Tregaron', 'Trefaldwyn', 'Treherbert', 'Y Trallwng', 'Tyddewi', 'Tywyn', 'Wyddgrug',
  'Yr Wyddgrug', 'Ystradgynlais', 'Ystrad Mynach',
];

export const WORDS = [
  // a b c ch
  'a', 'ac', 'afal', 'angor', 'ahed', 'allan', 'ar|holiad', 'ar|hoswch', 'arian', 'aros', 'awr', 'bach',
  'bara', 'bwrdd', 'bws', 'cân', 'cain', 'câr', 'cath', 'caws', 'ceffyl', 'coffi', 'cwm', 'cyngor',
  'cynghorydd', 'cyr|haeddodd', 'cyrraedd', 'chwaer', 'chwarae', 'chwech', 'Chwefror', 'chwilio',
  // d dd e f ff g ng
  'dafad', 'dangos', 'dawns', 'de', 'ddoe', 'ddraig', 'dydd', 'dŷ', 'eglwys', 'englyn', 'enw', 'ewyrth',
  'fy', 'fyny', 'ffenest', 'fferm', 'ffôn', 'ffordd', 'ffrind', 'gair', 'gardd', 'glas', 'gor|hoffedd',
  'gwaith', 'gwraig', 'gwres', 'gwr|hydri', 'gwyn', 'ngardd', 'nghath', 'nghymru', 'ngwaith',
  // h i j l ll m n
  'haf', 'hen', 'hwyl', 'hyd', 'iaith', 'inc', 'jam', 'jeli', 'lamp', 'lôn', 'lori', 'llaeth', 'llan',
  'llais', 'llong', 'llongau', 'llyfr', 'llyn', 'Llyn', 'mam', 'mawr', 'mawr|hydi', 'mis', 'mynydd',
  'nant', 'nod', 'nos', 'nyrs',
  // o p ph r rh s
  'ongl', 'oren', 'pant', 'par|hau', 'par|had', 'par|haol', 'parc', 'parod', 'parsel', 'pen', 'pysgod',
  'pherson', 'phob', 'rwdan', 'rydw', 'rhad', 'rhew', 'rhif', 'Rhagfyr', 'rhosyn', 'rhwng', 'sain',
  'sedd', 'siop', 'swyddfa',
  // t th u w y, and letters from outside the Welsh alphabet
  'tad', 'tan', 'tân', 'tanc', 'Tanc', 'te', 'tŷ', 'tywydd', 'theatr', 'thus', 'uned', 'unig', 'wy', 'ŵy',
  'wyth', 'ych', 'ŷd', 'ysbyty', 'ysgol', 'kilo', 'quango', 'vet', 'sw', 'zebra',
];

export const COLLATION_WORDS = [...PRINCIPAL_AREAS, ...PLACES, ...WORDS];
