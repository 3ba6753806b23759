// wink-nlp with wink-eng-lite-web-model: tokens of type number, and the
// model's entities (CARDINAL, MONEY, PERCENT, DATE, ...).
'use strict';
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');
const { run } = require('./common');

const nlp = winkNLP(model);
const its = nlp.its;
run((text) => {
  const doc = nlp.readDoc(text);
  const numbers = doc.tokens().filter((t) => t.out(its.type) === 'number').length();
  const entities = doc.entities().out(its.detail).length;
  return { numbers, entities };
});
