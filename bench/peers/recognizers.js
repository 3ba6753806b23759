// @microsoft/recognizers-text-suite (English): numbers, plus numbers with
// units (currency, dimension, percentage, age). Runs paragraph by paragraph:
// on whole articles its currency model is several times slower still.
'use strict';
const R = require('@microsoft/recognizers-text-suite');
const { run } = require('./common');

const en = R.Culture.English;
run((text) => {
  let numbers = 0, entities = 0;
  for (const paragraph of text.split('\n\n')) {
    numbers += R.recognizeNumber(paragraph, en).length;
    entities += R.recognizeCurrency(paragraph, en).length +
        R.recognizeDimension(paragraph, en).length +
        R.recognizePercentage(paragraph, en).length + R.recognizeAge(paragraph, en).length;
  }
  return { numbers, entities };
});
