cwlVersion: v1.2
class: Workflow
id: analysis
label: "protomodels analysis of one database: walk, combine, fakes, a walk on every fake, pvalues, report"
doc: |
  Everything after ingest, from an ingest folder (database.json, ingest.manifest.json, ...). pipeline.cwl runs it
  after ingest; it also runs on its own on an existing folder (job: {ingest: {class: Directory, path: ...}}).
  The walks on the fakes are scattered over fake_chunks ranges of fakes (fan-out, walk-fakes.cwl: one job reads the
  database once and walks its range), gathered into fakewalks/ for the p-values (fan-in): on REANA each range runs
  as its own job, so hundreds of fakes spread over the cluster. The walk on the data
  fans out too: walker_chunks parts of its walkers (walk-part.cwl, one job each), joined by walk-merge.cwl into
  the walk/ folder one job with all walkers writes, byte for byte.
requirements:
  ScatterFeatureRequirement: {}
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
  walkers:
    type: int
    default: 4
    doc: walkers on the data (as `protomodel pipeline --walkers`)
  walker_chunks:
    type: int
    default: 1
    doc: |
      jobs the walk on the data is split into (consecutive walker ranges, walker-ranges.cwl); the merged walk/ is
      the same for any value, so this only trades job count against job length
  steps:
    type: int
    default: 200
    doc: steps of every walker on the data (as `protomodel pipeline --steps`)
  fake_chunks:
    type: int
    default: 1
    doc: |
      jobs the walks on the fakes are split into (consecutive fake ranges, walker-ranges.cwl over nfakes); fakewalks/
      is the same for any value; each job pays one database load, so a few fakes per job beat one
  fake_walkers:
    type: int
    default: 2
    doc: walkers on every fake (as `protomodel pipeline --fake-walkers`)
  fake_steps:
    type: int
    default: 100
    doc: steps of every walker on a fake (as `protomodel pipeline --fake-steps`)
  profile:
    type: string
    default: v2
    doc: paper2020, v2 or efficient (as `protomodel pipeline --profile`)
  fudge: double?
  error_scale: double?
  subsets: string[]?
steps:
  walker_ranges:
    run: walker-ranges.cwl
    in: {walkers: walkers, chunks: walker_chunks}
    out: [ranges]
  walk_parts:
    run: walk-part.cwl
    scatter: walker_range
    in: {ingest: ingest, walker_range: walker_ranges/ranges, walkers: walkers, steps: steps, seed: seed,
         profile: profile}
    out: [dir]
  walk_data:
    run: walk-merge.cwl
    in: {parts: walk_parts/dir}
    out: [dir]
  score_best:
    run: combine.cwl
    in: {ingest: ingest, walk: walk_data/dir, profile: profile}
    out: [dir]
  sample_fakes:
    run: fakes.cwl
    in: {ingest: ingest, count: nfakes, seed: seed, fudge: fudge}
    out: [dir]
  fake_ranges:
    run: walker-ranges.cwl
    in: {walkers: nfakes, chunks: fake_chunks}
    out: [ranges]
  walk_fakes:
    run: walk-fakes.cwl
    scatter: fake_range
    in: {ingest: ingest, fakes: sample_fakes/dir, fake_range: fake_ranges/ranges, seed: seed, walkers: fake_walkers,
         steps: fake_steps, profile: profile}
    out: [dirs]
  gather_fake_walks:
    run: gather.cwl
    in: {parts: walk_fakes/dirs}
    out: [dir]
  region_pvalues:
    run: pvalues.cwl
    in: {ingest: ingest, walk: walk_data/dir, fakewalks: gather_fake_walks/dir, error_scale: error_scale,
         subsets: subsets}
    out: [dir]
  write_report:
    run: report.cwl
    in: {ingest: ingest, walk: walk_data/dir, combine: score_best/dir, fakes: sample_fakes/dir,
         pvalues: region_pvalues/dir}
    out: [dir]
outputs:
  walk:
    type: Directory
    outputSource: walk_data/dir
  combine:
    type: Directory
    outputSource: score_best/dir
  fakes:
    type: Directory
    outputSource: sample_fakes/dir
  fakewalks:
    type: Directory
    outputSource: gather_fake_walks/dir
  pvalues:
    type: Directory
    outputSource: region_pvalues/dir
  report:
    type: Directory
    outputSource: write_report/dir
