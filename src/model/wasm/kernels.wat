;; The tagger's inner loops (src/model/tagger.ts): the emission sums, with WebAssembly SIMD, and Viterbi decoding.
;; Compiled into kernels-bytes.ts by scripts/wasm/build.mjs; tests/model/wasm-bytes.test.ts checks the two agree.
;;
;; sum(slots, n, start, end, em, slab): for word i of a sentence of n words (their slots: n i32 at `slots`),
;; em[i * 25 + t] = f32(S[t] + L1[t] + R1[t] + L2[t] + R2[t]): the word's own group row and the left/right rows of
;; its neighbours (`start`/`end` past the edges), each row 25 f32 of a slot's 150 at slab + slot * 600. Summed in
;; f64 from left to right and rounded once, as JavaScript sums Float32Array elements: bit for bit the same floats.
(module
  (memory (export "memory") 1)
  (func (export "sum") (param $slots i32) (param $n i32) (param $start i32) (param $end i32) (param $em i32) (param $slab i32)
    (local $i i32) (local $aS i32) (local $aL1 i32) (local $aR1 i32) (local $aL2 i32) (local $aR2 i32) (local $t i32) (local $out i32)
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ;; groups: 0 self, 1 left1, 2 right1, 3 left2, 4 right2 (src/model/features.ts)
        (local.set $aS (i32.add (local.get $slab) (i32.add (i32.mul (i32.load (i32.add (local.get $slots) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 600)) (i32.mul (i32.const 0) (i32.const 100)))))
        (local.set $aL1 (i32.add (local.get $slab) (i32.add (i32.mul (if (result i32) (i32.ge_u (local.get $i) (i32.const 1))
            (then (i32.load (i32.add (local.get $slots) (i32.shl (i32.sub (local.get $i) (i32.const 1)) (i32.const 2))))) (else (local.get $start))) (i32.const 600)) (i32.mul (i32.const 1) (i32.const 100)))))
        (local.set $aR1 (i32.add (local.get $slab) (i32.add (i32.mul (if (result i32) (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
            (then (i32.load (i32.add (local.get $slots) (i32.shl (i32.add (local.get $i) (i32.const 1)) (i32.const 2))))) (else (local.get $end))) (i32.const 600)) (i32.mul (i32.const 2) (i32.const 100)))))
        (local.set $aL2 (i32.add (local.get $slab) (i32.add (i32.mul (if (result i32) (i32.ge_u (local.get $i) (i32.const 2))
            (then (i32.load (i32.add (local.get $slots) (i32.shl (i32.sub (local.get $i) (i32.const 2)) (i32.const 2))))) (else (local.get $start))) (i32.const 600)) (i32.mul (i32.const 3) (i32.const 100)))))
        (local.set $aR2 (i32.add (local.get $slab) (i32.add (i32.mul (if (result i32) (i32.lt_u (i32.add (local.get $i) (i32.const 2)) (local.get $n))
            (then (i32.load (i32.add (local.get $slots) (i32.shl (i32.add (local.get $i) (i32.const 2)) (i32.const 2))))) (else (local.get $end))) (i32.const 600)) (i32.mul (i32.const 4) (i32.const 100)))))
        (local.set $out (i32.add (local.get $em) (i32.mul (local.get $i) (i32.const 100))))
        ;; tags 0 to 23, two at a time: two f32 widened to two f64, added, narrowed, stored
        (local.set $t (i32.const 0))
        (loop $pair
          (v128.store64_lane 0 (i32.add (local.get $out) (local.get $t))
            (f32x4.demote_f64x2_zero
              (f64x2.add
                (f64x2.add
                  (f64x2.add
                    (f64x2.add
                      (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $aS) (local.get $t))))
                      (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $aL1) (local.get $t)))))
                    (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $aR1) (local.get $t)))))
                  (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $aL2) (local.get $t)))))
                (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $aR2) (local.get $t)))))))
          (local.set $t (i32.add (local.get $t) (i32.const 8)))
          (br_if $pair (i32.lt_u (local.get $t) (i32.const 96))))
        ;; tag 24
        (f32.store offset=96 (local.get $out)
          (f32.demote_f64
            (f64.add
              (f64.add
                (f64.add
                  (f64.add
                    (f64.promote_f32 (f32.load offset=96 (local.get $aS)))
                    (f64.promote_f32 (f32.load offset=96 (local.get $aL1))))
                  (f64.promote_f32 (f32.load offset=96 (local.get $aR1))))
                (f64.promote_f32 (f32.load offset=96 (local.get $aL2))))
              (f64.promote_f32 (f32.load offset=96 (local.get $aR2))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $word))))

  ;; viterbi(em, n, tr, maxInto, score, back, out): the Viterbi decoding of viterbi.ts without masks (forwardFree in
  ;; viterbi-free.ts), the same comparisons in the same order on the same f64 sums, ties included. em: n * 25 f32;
  ;; tr: 26 * 25 f32 (row p scores p -> c, row 25 the sentence start); maxInto: 25 f64 (per tag, the highest
  ;; transition into it); score: n * 25 f64 and back: n * 25 i8 (work); out: n i32, the best tag per word. n >= 1.
  ;; Tags: 0 O, then B-X (odd) and I-X (even) pairs; I-X may only follow its B-X or itself.
  (func (export "viterbi") (param $em i32) (param $n i32) (param $tr i32) (param $maxInto i32) (param $score i32) (param $back i32) (param $out i32)
    (local $i i32) (local $c i32) (local $p i32) (local $base i32) (local $prev i32) (local $arg i32) (local $top i32)
    (local $best f64) (local $s f64) (local $sb f64) (local $si f64) (local $first f64) (local $second f64)
    ;; the first word: tags that may open a sentence (not I-X) from the start row
    (local.set $c (i32.const 0))
    (loop $start
      (f64.store (i32.add (local.get $score) (i32.shl (local.get $c) (i32.const 3))) (if (result f64) (i32.and (i32.ne (local.get $c) (i32.const 0)) (i32.eqz (i32.and (local.get $c) (i32.const 1))))
          (then (f64.const -inf))
          (else (f64.add (f64.promote_f32 (f32.load (i32.add (local.get $em) (i32.shl (local.get $c) (i32.const 2))))) (f64.promote_f32 (f32.load (i32.add (local.get $tr) (i32.shl (i32.add (i32.const 625) (local.get $c)) (i32.const 2)))))))))
          (i32.store8 (i32.add (local.get $back) (local.get $c)) (i32.const -1))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br_if $start (i32.lt_u (local.get $c) (i32.const 25))))
    (local.set $i (i32.const 1))
    (block $words
      (loop $word
        (br_if $words (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $base (i32.mul (local.get $i) (i32.const 25)))
        (local.set $prev (i32.sub (local.get $base) (i32.const 25)))
        ;; I-X: from B-X (c - 1) or I-X (c)
        (local.set $c (i32.const 2))
        (loop $inside
          (local.set $sb (f64.add (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $prev) (i32.sub (local.get $c) (i32.const 1))) (i32.const 3))))
            (f64.promote_f32 (f32.load (i32.add (local.get $tr) (i32.shl (i32.add (i32.mul (i32.sub (local.get $c) (i32.const 1)) (i32.const 25)) (local.get $c)) (i32.const 2)))))))
          (local.set $si (f64.add (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $prev) (local.get $c)) (i32.const 3))))
            (f64.promote_f32 (f32.load (i32.add (local.get $tr) (i32.shl (i32.mul (local.get $c) (i32.const 26)) (i32.const 2)))))))
          (local.set $best (f64.const -inf))
          (local.set $arg (i32.const 0))
          (if (f64.gt (local.get $sb) (local.get $best)) (then (local.set $best (local.get $sb)) (local.set $arg (i32.sub (local.get $c) (i32.const 1)))))
          (if (f64.gt (local.get $si) (local.get $best)) (then (local.set $best (local.get $si)) (local.set $arg (local.get $c))))
          (f64.store (i32.add (local.get $score) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 3))) (f64.add (local.get $best) (f64.promote_f32 (f32.load (i32.add (local.get $em) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 2)))))))
          (i32.store8 (i32.add (local.get $back) (i32.add (local.get $base) (local.get $c))) (local.get $arg))
          (local.set $c (i32.add (local.get $c) (i32.const 2)))
          (br_if $inside (i32.le_u (local.get $c) (i32.const 24))))
        ;; the previous word's best tag, and the best score of all its others
        (local.set $top (i32.const 0))
        (local.set $first (f64.load (i32.add (local.get $score) (i32.shl (local.get $prev) (i32.const 3)))))
        (local.set $second (f64.const -inf))
        (local.set $p (i32.const 1))
        (loop $tops
          (local.set $s (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $prev) (local.get $p)) (i32.const 3)))))
          (if (f64.gt (local.get $s) (local.get $first))
            (then (local.set $second (local.get $first)) (local.set $first (local.get $s)) (local.set $top (local.get $p)))
            (else (if (f64.gt (local.get $s) (local.get $second)) (then (local.set $second (local.get $s))))))
          (local.set $p (i32.add (local.get $p) (i32.const 1)))
          (br_if $tops (i32.lt_u (local.get $p) (i32.const 25))))
        ;; O and B-X (0, 1, 3, ..., 23): the previous best tag unless another could beat it, then all 25
        (local.set $c (i32.const 0))
        (loop $others
          (local.set $best (f64.add (local.get $first) (f64.promote_f32 (f32.load (i32.add (local.get $tr) (i32.shl (i32.add (i32.mul (local.get $top) (i32.const 25)) (local.get $c)) (i32.const 2)))))))
          (local.set $arg (local.get $top))
          (if (i32.eqz (f64.gt (local.get $best) (f64.add (local.get $second) (f64.load (i32.add (local.get $maxInto) (i32.shl (local.get $c) (i32.const 3)))))))
            (then
              (local.set $best (f64.const -inf))
              (local.set $arg (i32.const 0))
              (local.set $p (i32.const 0))
              (loop $all
                (local.set $s (f64.add (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $prev) (local.get $p)) (i32.const 3))))
                  (f64.promote_f32 (f32.load (i32.add (local.get $tr) (i32.shl (i32.add (i32.mul (local.get $p) (i32.const 25)) (local.get $c)) (i32.const 2)))))))
                (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (local.get $p))))
                (local.set $p (i32.add (local.get $p) (i32.const 1)))
                (br_if $all (i32.lt_u (local.get $p) (i32.const 25))))))
          (f64.store (i32.add (local.get $score) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 3))) (f64.add (local.get $best) (f64.promote_f32 (f32.load (i32.add (local.get $em) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 2)))))))
          (i32.store8 (i32.add (local.get $back) (i32.add (local.get $base) (local.get $c))) (local.get $arg))
          (local.set $c (if (result i32) (i32.eqz (local.get $c)) (then (i32.const 1)) (else (i32.add (local.get $c) (i32.const 2)))))
          (br_if $others (i32.le_u (local.get $c) (i32.const 23))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $word)))
    ;; the best last tag, then back along the pointers
    (local.set $base (i32.mul (i32.sub (local.get $n) (i32.const 1)) (i32.const 25)))
    (local.set $best (f64.const -inf))
    (local.set $arg (i32.const 0))
    (local.set $c (i32.const 0))
    (loop $last
      (local.set $s (f64.load (i32.add (local.get $score) (i32.shl (i32.add (local.get $base) (local.get $c)) (i32.const 3)))))
      (if (f64.gt (local.get $s) (local.get $best)) (then (local.set $best (local.get $s)) (local.set $arg (local.get $c))))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br_if $last (i32.lt_u (local.get $c) (i32.const 25))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $arg))
    (block $done
      (loop $path
        (br_if $done (i32.eqz (local.get $i)))
        (local.set $arg (i32.load8_s (i32.add (local.get $back) (i32.add (i32.mul (local.get $i) (i32.const 25)) (local.get $arg)))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $i) (i32.const 2))) (local.get $arg))
        (br $path))))

  ;; addKeys(keys, count, table, mask, q, scales, out): for each of the `count` i32 feature keys at `keys`, in
  ;; order, its row in the open-addressing table at `table` (FeatureTable: [key, row] i32 pairs, `mask` + 1 of them,
  ;; row -1 empty), and unless absent out[t] = f32(out[t] + f32(q[row * 25 + t] * scales[row])) for the 25 tags
  ;; (q: i8, scales: f32, out: 25 f32). The tagger's sumGroup for quantised weights, with the same roundings: an
  ;; i8 times an f32 is exact in f64 and rounded once either way, and an f32 sum rounded from f64 is the f32 sum.
  ;; Two passes: all keys' rows first (written over the keys), so that their table look-ups, cache misses mostly,
  ;; do not wait for one another; then the sums.
  (func (export "addKeys") (param $keys i32) (param $count i32) (param $table i32) (param $mask i32) (param $q i32) (param $scales i32) (param $out i32)
    (local $k i32) (local $key i32) (local $s i32) (local $row i32) (local $base i32) (local $t i32) (local $scale f32) (local $splat v128)
    (block $probed
      (loop $next
        (br_if $probed (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $key (i32.load (i32.add (local.get $keys) (i32.shl (local.get $k) (i32.const 2)))))
        ;; probe: Math.imul(key, 0x9e3779b1) & mask, then the next slots
        (local.set $s (i32.and (i32.mul (local.get $key) (i32.const 0x9e3779b1)) (local.get $mask)))
        (block $found
          (loop $probe
            (local.set $row (i32.load offset=4 (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 3)))))
            (br_if $found (i32.eq (local.get $row) (i32.const -1)))
            (br_if $found (i32.eq (i32.load (i32.add (local.get $table) (i32.shl (local.get $s) (i32.const 3)))) (local.get $key)))
            (local.set $s (i32.and (i32.add (local.get $s) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (i32.store (i32.add (local.get $keys) (i32.shl (local.get $k) (i32.const 2))) (local.get $row))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $next)))
    (local.set $k (i32.const 0))
    (block $done
      (loop $sum
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $row (i32.load (i32.add (local.get $keys) (i32.shl (local.get $k) (i32.const 2)))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $sum (i32.lt_s (local.get $row) (i32.const 0)))
        (local.set $scale (f32.load (i32.add (local.get $scales) (i32.shl (local.get $row) (i32.const 2)))))
        (local.set $splat (f32x4.splat (local.get $scale)))
        (local.set $base (i32.add (local.get $q) (i32.mul (local.get $row) (i32.const 25))))
        ;; tags 0 to 23, four at a time: i8 -> i32 -> f32, times the scale, added
        (local.set $t (i32.const 0))
        (loop $four
          (v128.store (i32.add (local.get $out) (i32.shl (local.get $t) (i32.const 2)))
            (f32x4.add
              (v128.load (i32.add (local.get $out) (i32.shl (local.get $t) (i32.const 2))))
              (f32x4.mul
                (f32x4.convert_i32x4_s (i32x4.extend_low_i16x8_s (i16x8.extend_low_i8x16_s (v128.load32_zero (i32.add (local.get $base) (local.get $t))))))
                (local.get $splat))))
          (local.set $t (i32.add (local.get $t) (i32.const 4)))
          (br_if $four (i32.lt_u (local.get $t) (i32.const 24))))
        ;; tag 24
        (f32.store offset=96 (local.get $out)
          (f32.add (f32.load offset=96 (local.get $out))
            (f32.mul (f32.convert_i32_s (i32.load8_s offset=24 (local.get $base))) (local.get $scale))))
        (br $sum))))
)
