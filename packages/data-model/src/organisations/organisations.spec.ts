import { expect } from 'chai';
import { HEALTH_BOARDS, PRINCIPAL_COUNCILS, councilsOfHealthBoard, healthBoard, principalCouncil } from '../index.js';

const isWelshName = (name: string) => name.startsWith('Cyngor ') || name.startsWith('Bwrdd Iechyd ');

describe('Welsh principal councils and health boards', () => {
  it('has exactly 22 councils and 7 health boards, each code once', () => {
    expect(PRINCIPAL_COUNCILS).to.have.length(22);
    expect(HEALTH_BOARDS).to.have.length(7);
    expect(new Set(PRINCIPAL_COUNCILS.map((c) => c.code)).size).to.equal(22);
    expect(new Set(HEALTH_BOARDS.map((b) => b.code)).size).to.equal(7);
  });

  it('gives each one its GSS code and both official names', () => {
    for (const council of PRINCIPAL_COUNCILS) {
      expect(council.code, council.name.en).to.match(/^W06\d{6}$/);
      expect(council.name.en, council.code).to.match(/ Council$/);
      expect(isWelshName(council.name.cy), council.name.cy).to.equal(true);
      expect(council.area.en.length * council.area.cy.length, council.code).to.be.greaterThan(0);
    }
    for (const board of HEALTH_BOARDS) {
      expect(board.code, board.name.en).to.match(/^W11\d{6}$/);
      expect(board.name.en, board.code).to.match(/ (University|Teaching) Health Board$/);
      expect(board.name.cy, board.code).to.match(/^Bwrdd Iechyd (Prifysgol|Addysgu) /);
      expect(board.name.en).to.include(board.shortName.en);
      expect(board.name.cy).to.include(board.shortName.cy);
    }
  });

  it('spells the names the brief and the bodies give', () => {
    expect(principalCouncil('W06000001')?.name).to.deep.equal({ en: 'Isle of Anglesey County Council', cy: 'Cyngor Sir Ynys Môn' });
    expect(principalCouncil('W06000002')?.name).to.deep.equal({ en: 'Gwynedd Council', cy: 'Cyngor Gwynedd' });
    expect(principalCouncil('W06000015')?.area).to.deep.equal({ en: 'Cardiff', cy: 'Caerdydd' });
    expect(healthBoard('W11000023')?.name).to.deep.equal({ en: 'Betsi Cadwaladr University Health Board', cy: 'Bwrdd Iechyd Prifysgol Betsi Cadwaladr' });
    expect(healthBoard('W11000024')?.name.cy).to.equal('Bwrdd Iechyd Addysgu Powys');
    expect(healthBoard('W11000029')?.shortName.cy).to.equal('Caerdydd a’r Fro');
    expect(healthBoard('W11000031')?.shortName).to.deep.equal({ en: 'Swansea Bay', cy: 'Bae Abertawe' });
    expect(principalCouncil('W06000007'), 'a code ONS never used').to.equal(undefined);
  });

  it('puts every council in exactly one health board, and every board covers a council', () => {
    for (const council of PRINCIPAL_COUNCILS) expect(healthBoard(council.healthBoard), council.name.en).to.not.equal(undefined);
    const sizes = HEALTH_BOARDS.map((board) => councilsOfHealthBoard(board.code).length);
    expect(sizes).to.deep.equal([6, 1, 3, 5, 2, 3, 2]);
    expect(councilsOfHealthBoard('W11000031').map((c) => c.area.en)).to.deep.equal(['Swansea', 'Neath Port Talbot']);
  });

  it('is frozen, so no page can rename a council for everyone', () => {
    expect(Object.isFrozen(PRINCIPAL_COUNCILS)).to.equal(true);
    expect(Object.isFrozen(PRINCIPAL_COUNCILS[0])).to.equal(true);
    expect(Object.isFrozen(PRINCIPAL_COUNCILS[0]!.name)).to.equal(true);
    expect(Object.isFrozen(HEALTH_BOARDS[6]!.shortName)).to.equal(true);
  });
});
