//! Throughput of each stage and of the whole parse, in bytes per second.
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const SEED: &str = include_str!("../examples/seed.txt");

fn stages(c: &mut Criterion) {
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(SEED.len() as u64));
    g.bench_function("text", |b| {
        b.iter(|| newswire::text::Document::new(black_box(SEED)))
    });
    g.bench_function("dateline", |b| {
        b.iter(|| newswire::dateline::find(black_box(SEED)))
    });
    g.bench_function("parse", |b| b.iter(|| newswire::parse(black_box(SEED))));
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
