;; The emission sums of the tagger (src/model/emissions.ts), for WebAssembly SIMD. Compiled into
;; emissions-bytes.ts by scripts/wasm/build.mjs; tests/model/wasm-bytes.test.ts checks the two agree.
;;
;; sum(slots, n, start, end, em, slab): for word i of a sentence of n words (their slots: n i32 at `slots`),
;; em[i * 25 + t] = f32(S[t] + L1[t] + R1[t] + L2[t] + R2[t]): the word's own group row and the left/right rows of
;; its neighbours (`start`/`end` past the edges), each row 25 f32 of a slot's 150 at slab + slot * 600. Summed in
;; f64 from left to right and rounded once, as JavaScript sums Float32Array elements: bit for bit the same floats.
(module
  (memory (export "memory") 1)
  (func $row (param $slab i32) (param $slot i32) (param $group i32) (result i32)
    (i32.add (local.get $slab) (i32.add (i32.mul (local.get $slot) (i32.const 600)) (i32.mul (local.get $group) (i32.const 100)))))
  (func $slotAt (param $slots i32) (param $i i32) (result i32)
    (i32.load (i32.add (local.get $slots) (i32.shl (local.get $i) (i32.const 2)))))
  (func (export "sum") (param $slots i32) (param $n i32) (param $start i32) (param $end i32) (param $em i32) (param $slab i32)
    (local $i i32) (local $aS i32) (local $aL1 i32) (local $aR1 i32) (local $aL2 i32) (local $aR2 i32) (local $t i32) (local $out i32)
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        ;; groups: 0 self, 1 left1, 2 right1, 3 left2, 4 right2 (src/model/features.ts)
        (local.set $aS (call $row (local.get $slab) (call $slotAt (local.get $slots) (local.get $i)) (i32.const 0)))
        (local.set $aL1 (call $row (local.get $slab)
          (if (result i32) (i32.ge_u (local.get $i) (i32.const 1))
            (then (call $slotAt (local.get $slots) (i32.sub (local.get $i) (i32.const 1)))) (else (local.get $start)))
          (i32.const 1)))
        (local.set $aR1 (call $row (local.get $slab)
          (if (result i32) (i32.lt_u (i32.add (local.get $i) (i32.const 1)) (local.get $n))
            (then (call $slotAt (local.get $slots) (i32.add (local.get $i) (i32.const 1)))) (else (local.get $end)))
          (i32.const 2)))
        (local.set $aL2 (call $row (local.get $slab)
          (if (result i32) (i32.ge_u (local.get $i) (i32.const 2))
            (then (call $slotAt (local.get $slots) (i32.sub (local.get $i) (i32.const 2)))) (else (local.get $start)))
          (i32.const 3)))
        (local.set $aR2 (call $row (local.get $slab)
          (if (result i32) (i32.lt_u (i32.add (local.get $i) (i32.const 2)) (local.get $n))
            (then (call $slotAt (local.get $slots) (i32.add (local.get $i) (i32.const 2)))) (else (local.get $end)))
          (i32.const 4)))
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
        (br $word)))))
