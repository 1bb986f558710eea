// The engine in Chromium: the browser client runner runs these same functions, so they must need no Node API.
import { expect } from 'chai';
import { testForm } from '../definition/fixture-form.fixture.js';
import { parseFormDefinition } from '../definition/parse.js';
import { submissionSchema } from '../definition/answers.js';
import { answerSummary, canReachCheckAnswers, nextPageId, pruneHiddenAnswers, validatePage } from './index.js';

describe('@cydran/forms engine in the browser', () => {
  it('parses a definition and reports missing Welsh', () => {
    expect(parseFormDefinition(JSON.stringify(testForm)).ok).to.equal(true);
    const broken = JSON.parse(JSON.stringify(testForm));
    delete broken.pages[0].questions[0].label.cy;
    const result = parseFormDefinition(broken);
    expect(result.ok ? [] : result.problems).to.deep.equal(["page 'eligible', question 'eligible': label has no Welsh (label.cy)"]);
  });

  it('runs a journey page by page in Welsh: validation, routing, summary and the submission schema', () => {
    let answers: Record<string, unknown> = {};
    const accept = (pageId: string, input: Record<string, string | string[]>) => {
      const result = validatePage(testForm, pageId, input, 'cy');
      expect(result.errors).to.deep.equal([]);
      answers = { ...answers, ...result.answers };
      return nextPageId(testForm, answers, pageId);
    };
    const missing = validatePage(testForm, 'age', {}, 'cy');
    expect(missing.errors[0]!.field).to.equal('age');
    expect(missing.errors[0]!.message).to.not.equal(validatePage(testForm, 'age', {}, 'en').errors[0]!.message);
    expect(accept('eligible', { eligible: 'yes' })).to.equal('age');
    expect(accept('age', { age: '40' })).to.equal('pets');
    expect(accept('pets', { pets: ['cat'] })).to.equal('visit');
    expect(accept('visit', { 'visit-day': '1', 'visit-month': '5', 'visit-year': '2024' })).to.equal('children');
    answers = { ...answers, children: [validatePage(testForm, 'children', { 'child-name': 'Osian' }, 'cy').answers] };
    expect(canReachCheckAnswers(testForm, answers)).to.deep.equal({ ok: true });
    const rows = answerSummary(testForm, answers, 'cy');
    expect(rows.find((row) => row.questionId === 'visit')!.value).to.equal('1 Mai 2024');
    expect(submissionSchema(testForm).safeParse(pruneHiddenAnswers(testForm, answers)).success).to.equal(true);
  });
});
