// The NOTICE written beside a model learned from the CheckThat! 2019 data: where the data came from, its terms and
// the citation its authors ask for. The training script writes it; a test checks the committed copy matches.

/** Text of the NOTICE file beside model.json. */
export const CHECKWORTHY_NOTICE = `Factdesk check-worthiness model (model.json in this folder)

The weights in model.json were learned by scripts/train-checkworthy.ts from the training transcripts of the
CLEF-2019 CheckThat! Lab, Task 1 (check-worthiness): 19 transcripts of U.S. debates, speeches and press conferences
with the sentences fact-checkers chose to check, published by the lab in the repository
apepa/clef2019-factchecking-task1 (data/training/). The model holds only learned numbers, not the transcripts.

Terms of the data: "These datasets are free for general research use." Work using them is asked to cite:

  Elsayed, Nakov, Barron-Cedeno, Hasanain, Suwaileh, Da San Martino, Atanasova: "Overview of the CLEF-2019 CheckThat!: Automatic Identification and Verification of Claims".
  LNCS, CLEF 2019.

  Atanasova, Nakov, Karadzhov, Mohtarami, Da San Martino: "Overview of the
  CLEF-2019 CheckThat! Lab on Automatic Identification and Verification of Claims. Task 1: Check-Worthiness".
  CEUR-WS, CLEF 2019.
`;
