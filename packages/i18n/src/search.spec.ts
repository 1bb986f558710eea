import { expect } from 'chai';
import { foldForSearch, searchItems, searchMatch } from './index.js';

describe('foldForSearch', () => {
  it('lower-cases and strips Welsh accents: ŵ ŷ â ê î ô û ë ï and the acute and grave', () => {
    expect(foldForSearch('Ŵ ŷ Â ê Î ô Û ë Ï á à', 'cy')).to.equal('w y a e i o u e i a a');
    expect(foldForSearch('Ynys Môn', 'cy')).to.equal('ynys mon');
    expect(foldForSearch('Pont-y-pŵl', 'en')).to.equal('pont y pwl');
  });

  it('reads hyphens and dashes as spaces, one apostrophe, collapsed white space', () => {
    expect(foldForSearch('  Pen-y-bont   ar\u00A0Ogwr ', 'cy')).to.equal('pen y bont ar ogwr');
    expect(foldForSearch('Caerdydd a’r Fro', 'cy')).to.equal(foldForSearch("caerdydd a'r fro", 'cy'));
    expect(foldForSearch('Straße Øresund', 'en')).to.equal('strasse oresund');
  });

  it('keeps letters that have no accent as they are', () => {
    expect(foldForSearch('Llanfairpwllgwyngyll', 'cy')).to.equal('llanfairpwllgwyngyll');
    expect(foldForSearch('', 'cy')).to.equal('');
  });
});

describe('searchMatch', () => {
  it('matches the start of the text, or of a later word', () => {
    expect(searchMatch('Caerdydd', 'caerd', 'cy')).to.equal('start');
    expect(searchMatch('Ynys Môn', 'mon', 'cy')).to.equal('word');
    expect(searchMatch('Cyngor Bro Morgannwg', 'BRO MORG', 'cy')).to.equal('word');
    expect(searchMatch('Pen-y-bont ar Ogwr', 'pen y bont', 'cy')).to.equal('start');
    expect(searchMatch('Pen-y-bont ar Ogwr', 'bont', 'cy')).to.equal('word');
  });

  it('finds a circumflex from the plain letter, and the other way round', () => {
    expect(searchMatch('Gŵyl Dewi', 'gw', 'cy')).to.equal('start');
    expect(searchMatch('Gŵyl Dewi', 'gŵyl', 'cy')).to.equal('start');
    expect(searchMatch('Gwyl Dewi', 'gŵyl', 'cy')).to.equal('start');
    expect(searchMatch('Pont-y-pŵl', 'pwl', 'cy')).to.equal('word');
  });

  it('in Welsh, finds a mutated word from its radical, from three letters', () => {
    expect(searchMatch('Sir Gaerfyrddin', 'caerf', 'cy')).to.equal('word');
    expect(searchMatch('Sir Benfro', 'Penfro', 'cy')).to.equal('word');
    expect(searchMatch('Sir Fynwy', 'myn', 'cy')).to.equal('word');
    expect(searchMatch('Sir Ddinbych', 'dinb', 'cy')).to.equal('word');
    expect(searchMatch('yng Nghaerdydd', 'caerd', 'cy')).to.equal('word');
    expect(searchMatch('Gaerfyrddin', 'caer', 'cy'), 'a mutated match is never a match at the start').to.equal('word');
    expect(searchMatch('Sir Gaerfyrddin', 'ca', 'cy'), 'two letters: no mutated forms').to.equal(null);
    expect(searchMatch('Sir Gaerfyrddin', 'caerf', 'en'), 'English does not mutate').to.equal(null);
  });

  it('never matches inside a word, nor an empty query', () => {
    expect(searchMatch('Caerdydd', 'rdydd', 'cy')).to.equal(null);
    expect(searchMatch('Caerdydd', '', 'cy')).to.equal(null);
    expect(searchMatch('Caerdydd', '  ', 'cy')).to.equal(null);
    expect(searchMatch('Abertawe', 'swansea', 'cy')).to.equal(null);
  });
});

describe('searchItems', () => {
  const towns = ['Llandudno', 'Lydstep', 'Aberystwyth', 'Lampeter', 'Y Fenni', 'Ystalyfera', 'Llanelli'];

  it('orders Welsh results as Welsh: ll after every other l', () => {
    expect(searchItems(towns, 'l', 'cy', (t) => t)).to.deep.equal(['Lampeter', 'Lydstep', 'Llandudno', 'Llanelli']);
    expect(searchItems(towns, 'l', 'en', (t) => t)).to.deep.equal(['Lampeter', 'Llandudno', 'Llanelli', 'Lydstep']);
  });

  it('puts matches at the start before matches of a later word', () => {
    expect(searchItems(towns, 'y', 'cy', (t) => t)).to.deep.equal(['Y Fenni', 'Ystalyfera']);
    const boards = ['Bwrdd Iechyd Prifysgol Bae Abertawe', 'Abertawe', 'Cyngor Abertawe'];
    expect(searchItems(boards, 'aber', 'cy', (t) => t)).to.deep.equal(['Abertawe', 'Bwrdd Iechyd Prifysgol Bae Abertawe', 'Cyngor Abertawe']);
    expect(searchItems(['Ynys Môn', 'Monmouth', 'Cyngor Sir Ynys Môn'], 'mon', 'en', (t) => t)).to.deep.equal(['Monmouth', 'Cyngor Sir Ynys Môn', 'Ynys Môn']);
  });

  it('orders later-word matches by the word matched, so "Cyngor …" does not decide', () => {
    const councils = ['Cyngor Sir Caerfyrddin', 'Cyngor Caerdydd', 'Cyngor Bwrdeistref Sirol Caerffili'];
    // Welsh order: d, then f, then ff (Caerdydd, Caerfyrddin, Caerffili).
    expect(searchItems(councils, 'caer', 'cy', (t) => t)).to.deep.equal(['Cyngor Caerdydd', 'Cyngor Sir Caerfyrddin', 'Cyngor Bwrdeistref Sirol Caerffili']);
    expect(searchItems(['Cyngor Sir Ynys Môn', 'Cyngor Gwynedd'], 'gw', 'cy', (t) => t)).to.deep.equal(['Cyngor Gwynedd']);
    const areas = ['Sir Gaerfyrddin', 'Caerffili', 'Sir Benfro', 'Cyngor Caerdydd'];
    expect(
      searchItems(areas, 'caer', 'cy', (t) => t),
      'a mutated word sorts by that word too',
    ).to.deep.equal(['Caerffili', 'Cyngor Caerdydd', 'Sir Gaerfyrddin']);
  });

  it('searches and sorts by the text the caller gives', () => {
    const options = [
      { value: 'W06000015', text: 'Caerdydd' },
      { value: 'W06000018', text: 'Caerffili' },
      { value: 'W06000010', text: 'Sir Gaerfyrddin' },
    ];
    expect(
      searchItems(options, 'caer', 'cy', (o) => o.text).map((o) => o.value),
      'Sir Gaerfyrddin by its mutated word, last',
    ).to.deep.equal(['W06000015', 'W06000018', 'W06000010']);
    expect(searchItems(options, 'caer', 'en', (o) => o.text).map((o) => o.value)).to.deep.equal(['W06000015', 'W06000018']);
  });
});
