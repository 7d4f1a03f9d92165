cwlVersion: v1.2
class: Workflow
id: analysis
label: "protomodels analysis of one database: fakes, pvalues, report"
doc: |
  Everything after ingest, from an ingest folder (database.json, ingest.manifest.json, ...). pipeline.cwl runs it
  after ingest; it also runs on its own on an existing folder (job: {ingest: {class: Directory, path: ...}}).
inputs:
  ingest:
    type: Directory
    doc: the folder `protomodel ingest --out` wrote
  nfakes:
    type: int
    default: 20
    doc: number of Standard-Model-only fake databases (as `protomodel pipeline --fakes`)
  seed:
    type: int
    default: 1
    doc: seed of every random stage (as `protomodel pipeline --seed`)
  fudge: double?
  error_scale: double?
  subsets: string[]?
steps:
  sample_fakes:
    run: fakes.cwl
    in: {ingest: ingest, count: nfakes, seed: seed, fudge: fudge}
    out: [dir]
  region_pvalues:
    run: pvalues.cwl
    in: {ingest: ingest, error_scale: error_scale, subsets: subsets}
    out: [dir]
  write_report:
    run: report.cwl
    in: {ingest: ingest, fakes: sample_fakes/dir, pvalues: region_pvalues/dir}
    out: [dir]
outputs:
  fakes:
    type: Directory
    outputSource: sample_fakes/dir
  pvalues:
    type: Directory
    outputSource: region_pvalues/dir
  report:
    type: Directory
    outputSource: write_report/dir
