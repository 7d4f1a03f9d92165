cwlVersion: v1.2
class: Workflow
id: pipeline
label: "protomodels pipeline: ingest, then the analysis (walk, combine, fakes, fake walks, pvalues, report)"
doc: |
  The CWL twin of `protomodel pipeline`: the outputs are the folders ingest/, walk/, combine/, fakes/,
  fakewalks/, pvalues/, report/ that `protomodel pipeline --out DIR` writes, byte for byte. Run locally with
  ci/run-cwl.sh, on REANA through reana.yaml. The walks on the fakes are scattered over fake_chunks ranges of fakes, and the
  walk on the data over walker_chunks ranges of its walkers, merged back (docs/workflow.md).
requirements:
  SubworkflowFeatureRequirement: {}
inputs:
  toy:
    type: boolean
    default: false
    doc: ingest the embedded synthetic toy database instead of real inputs
  smodels_db: Directory[]?
  hepdata: Directory[]?
  catalogue: File?
  xsec: Directory?
  combinations: Directory?
  hepdata_schemas: Directory?
  nfakes:
    type: int
    default: 20
    doc: number of Standard-Model-only fake databases (as `protomodel pipeline --fakes`)
  seed:
    type: int
    default: 1
    doc: seed of every random stage (as `protomodel pipeline --seed`)
  walkers: {type: int, default: 4, doc: "walkers on the data (as `protomodel pipeline --walkers`)"}
  walker_chunks:
    type: int
    default: 1
    doc: jobs the walk on the data is split into (walker ranges, merged back; the result does not depend on it)
  steps: {type: int, default: 200, doc: "steps per walker on the data (as `protomodel pipeline --steps`)"}
  fake_chunks:
    type: int
    default: 1
    doc: jobs the walks on the fakes are split into (fake ranges; the result does not depend on it)
  fake_walkers: {type: int, default: 2, doc: "walkers on every fake (as `protomodel pipeline --fake-walkers`)"}
  fake_steps: {type: int, default: 100, doc: "steps per walker on a fake (as `protomodel pipeline --fake-steps`)"}
  profile: {type: string, default: v2, doc: "paper2020, v2 or efficient (as `protomodel pipeline --profile`)"}
  fudge: double?
  error_scale: double?
  subsets: string[]?
steps:
  read_results:
    run: ingest.cwl
    in:
      toy: toy
      smodels_db: smodels_db
      hepdata: hepdata
      catalogue: catalogue
      xsec: xsec
      combinations: combinations
      hepdata_schemas: hepdata_schemas
    out: [dir]
  analyse:
    run: analysis.cwl
    in:
      ingest: read_results/dir
      nfakes: nfakes
      seed: seed
      walkers: walkers
      walker_chunks: walker_chunks
      steps: steps
      fake_chunks: fake_chunks
      fake_walkers: fake_walkers
      fake_steps: fake_steps
      profile: profile
      fudge: fudge
      error_scale: error_scale
      subsets: subsets
    out: [walk, combine, fakes, fakewalks, pvalues, report]
outputs:
  ingest:
    type: Directory
    outputSource: read_results/dir
  walk:
    type: Directory
    outputSource: analyse/walk
  combine:
    type: Directory
    outputSource: analyse/combine
  fakes:
    type: Directory
    outputSource: analyse/fakes
  fakewalks:
    type: Directory
    outputSource: analyse/fakewalks
  pvalues:
    type: Directory
    outputSource: analyse/pvalues
  report:
    type: Directory
    outputSource: analyse/report
