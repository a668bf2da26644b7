# example.com/annotatefixture
example.com/annotatefixture.Collect STEXT size=408 args=0x8 locals=0x98 funcid=0x0 align=0x0
	0x0000 00000 (/src/fixture/fixture.go:9)	TEXT	example.com/annotatefixture.Collect(SB), ABIInternal, $152-8
	0x0000 00000 (/src/fixture/fixture.go:9)	LEAQ	-24(SP), R12
	0x0005 00005 (/src/fixture/fixture.go:9)	CMPQ	R12, 16(R14)
	0x0009 00009 (/src/fixture/fixture.go:9)	PCDATA	$0, $-2
	0x0009 00009 (/src/fixture/fixture.go:9)	JLS	388
	0x000f 00015 (/src/fixture/fixture.go:9)	PCDATA	$0, $-1
	0x000f 00015 (/src/fixture/fixture.go:9)	PUSHQ	BP
	0x0010 00016 (/src/fixture/fixture.go:9)	MOVQ	SP, BP
	0x0013 00019 (/src/fixture/fixture.go:9)	SUBQ	$144, SP
	0x001a 00026 (/src/fixture/fixture.go:9)	FUNCDATA	$0, gclocals·yr4yLQlPnRVKirpHM7hJfw==(SB)
	0x001a 00026 (/src/fixture/fixture.go:9)	FUNCDATA	$1, gclocals·jUjkJ4EgqbqXKiJuLHJVxQ==(SB)
	0x001a 00026 (/src/fixture/fixture.go:9)	FUNCDATA	$2, example.com/annotatefixture.Collect.stkobj(SB)
	0x001a 00026 (/src/fixture/fixture.go:9)	FUNCDATA	$5, example.com/annotatefixture.Collect.arginfo1(SB)
	0x001a 00026 (/src/fixture/fixture.go:9)	FUNCDATA	$6, example.com/annotatefixture.Collect.argliveinfo(SB)
	0x001a 00026 (/src/fixture/fixture.go:9)	PCDATA	$3, $1
	0x001a 00026 (/src/fixture/fixture.go:11)	MOVQ	AX, example.com/annotatefixture.n+160(SP)
	0x0022 00034 (/src/fixture/fixture.go:11)	PCDATA	$3, $-1
	0x0022 00034 (/src/fixture/fixture.go:11)	XORL	CX, CX
	0x0024 00036 (/src/fixture/fixture.go:11)	XORL	DX, DX
	0x0026 00038 (/src/fixture/fixture.go:11)	XORL	BX, BX
	0x0028 00040 (/src/fixture/fixture.go:11)	XORL	SI, SI
	0x002a 00042 (/src/fixture/fixture.go:11)	XORL	DI, DI
	0x002c 00044 (/src/fixture/fixture.go:11)	JMP	73
	0x002e 00046 (/src/fixture/fixture.go:13)	PCDATA	$0, $-2
	0x002e 00046 (/src/fixture/fixture.go:13)	MOVQ	AX, -8(SI)(DX*8)
	0x0033 00051 (/src/fixture/fixture.go:11)	PCDATA	$0, $-1
	0x0033 00051 (/src/fixture/fixture.go:11)	INCQ	CX
	0x0036 00054 (/src/fixture/fixture.go:11)	MOVQ	example.com/annotatefixture.n+160(SP), AX
	0x003e 00062 (/src/fixture/fixture.go:11)	MOVQ	DX, R8
	0x0041 00065 (/src/fixture/fixture.go:11)	MOVL	DI, DX
	0x0043 00067 (/src/fixture/fixture.go:11)	MOVQ	BX, DI
	0x0046 00070 (/src/fixture/fixture.go:11)	MOVQ	R8, BX
	0x0049 00073 (/src/fixture/fixture.go:11)	CMPQ	AX, CX
	0x004c 00076 (/src/fixture/fixture.go:11)	JLE	327
	0x0052 00082 (/src/fixture/fixture.go:11)	MOVQ	CX, example.com/annotatefixture.i+88(SP)
	0x0057 00087 (/src/fixture/fixture.go:11)	MOVQ	BX, example.com/annotatefixture.out.len+72(SP)
	0x005c 00092 (/src/fixture/fixture.go:11)	MOVQ	DI, example.com/annotatefixture.out.cap+80(SP)
	0x0061 00097 (/src/fixture/fixture.go:11)	MOVB	DL, example.com/annotatefixture..autotmp_13+71(SP)
	0x0065 00101 (/src/fixture/fixture.go:11)	MOVQ	SI, example.com/annotatefixture.out.ptr+104(SP)
	0x006a 00106 (/src/fixture/fixture.go:12)	LEAQ	type:example.com/annotatefixture.Point(SB), AX
	0x0071 00113 (/src/fixture/fixture.go:12)	PCDATA	$1, $1
	0x0071 00113 (/src/fixture/fixture.go:12)	CALL	runtime.newobject(SB)
	0x0076 00118 (/src/fixture/fixture.go:12)	MOVQ	example.com/annotatefixture.i+88(SP), CX
	0x007b 00123 (/src/fixture/fixture.go:12)	MOVQ	CX, (AX)
	0x007e 00126 (/src/fixture/fixture.go:12)	LEAQ	(CX)(CX*1), DX
	0x0082 00130 (/src/fixture/fixture.go:12)	MOVQ	DX, 8(AX)
	0x0086 00134 (/src/fixture/fixture.go:12)	LEAQ	(CX)(CX*2), DX
	0x008a 00138 (/src/fixture/fixture.go:12)	MOVQ	DX, 16(AX)
	0x008e 00142 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.out.len+72(SP), BX
	0x0093 00147 (/src/fixture/fixture.go:13)	LEAQ	1(BX), DX
	0x0097 00151 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.out.cap+80(SP), SI
	0x009c 00156 (/src/fixture/fixture.go:13)	NOP
	0x00a0 00160 (/src/fixture/fixture.go:13)	CMPQ	SI, DX
	0x00a3 00163 (/src/fixture/fixture.go:13)	JCS	182
	0x00a5 00165 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.out.ptr+104(SP), SI
	0x00aa 00170 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.out.cap+80(SP), BX
	0x00af 00175 (/src/fixture/fixture.go:13)	MOVBLZX	example.com/annotatefixture..autotmp_13+71(SP), DI
	0x00b4 00180 (/src/fixture/fixture.go:13)	JMP	292
	0x00b6 00182 (/src/fixture/fixture.go:12)	MOVQ	AX, example.com/annotatefixture.p+96(SP)
	0x00bb 00187 (/src/fixture/fixture.go:12)	NOP
	0x00c0 00192 (/src/fixture/fixture.go:13)	CMPQ	DX, $4
	0x00c4 00196 (/src/fixture/fixture.go:13)	JGT	240
	0x00c6 00198 (/src/fixture/fixture.go:11)	MOVBLZX	example.com/annotatefixture..autotmp_13+71(SP), R8
	0x00cc 00204 (/src/fixture/fixture.go:11)	TESTB	R8B, R8B
	0x00cf 00207 (/src/fixture/fixture.go:13)	JNE	240
	0x00d1 00209 (/src/fixture/fixture.go:13)	TESTQ	BX, BX
	0x00d4 00212 (/src/fixture/fixture.go:13)	JNE	240
	0x00d6 00214 (/src/fixture/fixture.go:13)	LEAQ	example.com/annotatefixture..autotmp_6+112(SP), SI
	0x00db 00219 (/src/fixture/fixture.go:13)	MOVUPS	X15, (SI)
	0x00df 00223 (/src/fixture/fixture.go:13)	MOVUPS	X15, 16(SI)
	0x00e4 00228 (/src/fixture/fixture.go:13)	MOVL	$4, BX
	0x00e9 00233 (/src/fixture/fixture.go:13)	MOVL	$1, DI
	0x00ee 00238 (/src/fixture/fixture.go:13)	JMP	292
	0x00f0 00240 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.out.ptr+104(SP), AX
	0x00f5 00245 (/src/fixture/fixture.go:13)	MOVQ	DX, BX
	0x00f8 00248 (/src/fixture/fixture.go:13)	MOVQ	SI, CX
	0x00fb 00251 (/src/fixture/fixture.go:13)	MOVL	$1, DI
	0x0100 00256 (/src/fixture/fixture.go:13)	LEAQ	type:*example.com/annotatefixture.Point(SB), SI
	0x0107 00263 (/src/fixture/fixture.go:13)	PCDATA	$1, $2
	0x0107 00263 (/src/fixture/fixture.go:13)	CALL	runtime.growslice(SB)
	0x010c 00268 (/src/fixture/fixture.go:13)	MOVQ	BX, DX
	0x010f 00271 (/src/fixture/fixture.go:13)	MOVQ	AX, SI
	0x0112 00274 (/src/fixture/fixture.go:13)	MOVQ	CX, BX
	0x0115 00277 (/src/fixture/fixture.go:13)	MOVBLZX	example.com/annotatefixture..autotmp_13+71(SP), DI
	0x011a 00282 (/src/fixture/fixture.go:13)	MOVQ	example.com/annotatefixture.p+96(SP), AX
	0x011f 00287 (/src/fixture/fixture.go:11)	MOVQ	example.com/annotatefixture.i+88(SP), CX
	0x0124 00292 (/src/fixture/fixture.go:13)	CMPL	runtime.writeBarrier(SB), $0
	0x012b 00299 (/src/fixture/fixture.go:13)	PCDATA	$0, $-2
	0x012b 00299 (/src/fixture/fixture.go:13)	JEQ	46
	0x0131 00305 (/src/fixture/fixture.go:13)	MOVQ	-8(SI)(DX*8), R8
	0x0136 00310 (/src/fixture/fixture.go:13)	CALL	runtime.gcWriteBarrier2(SB)
	0x013b 00315 (/src/fixture/fixture.go:13)	MOVQ	AX, (R11)
	0x013e 00318 (/src/fixture/fixture.go:13)	MOVQ	R8, 8(R11)
	0x0142 00322 (/src/fixture/fixture.go:13)	JMP	46
	0x0147 00327 (/src/fixture/fixture.go:15)	PCDATA	$0, $-1
	0x0147 00327 (/src/fixture/fixture.go:15)	LEAQ	+160(FP), DX
	0x014f 00335 (/src/fixture/fixture.go:15)	SUBQ	SP, DX
	0x0152 00338 (/src/fixture/fixture.go:15)	MOVQ	SI, R8
	0x0155 00341 (/src/fixture/fixture.go:15)	SUBQ	SP, SI
	0x0158 00344 (/src/fixture/fixture.go:15)	CMPQ	SI, DX
	0x015b 00347 (/src/fixture/fixture.go:15)	JCC	373
	0x015d 00349 (/src/fixture/fixture.go:15)	LEAQ	type:*example.com/annotatefixture.Point(SB), AX
	0x0164 00356 (/src/fixture/fixture.go:15)	MOVQ	BX, CX
	0x0167 00359 (/src/fixture/fixture.go:15)	MOVQ	R8, BX
	0x016a 00362 (/src/fixture/fixture.go:15)	PCDATA	$1, $0
	0x016a 00362 (/src/fixture/fixture.go:15)	CALL	runtime.moveSliceNoCap(SB)
	0x016f 00367 (/src/fixture/fixture.go:15)	MOVQ	CX, DI
	0x0172 00370 (/src/fixture/fixture.go:15)	MOVQ	AX, R8
	0x0175 00373 (/src/fixture/fixture.go:15)	MOVQ	R8, AX
	0x0178 00376 (/src/fixture/fixture.go:15)	MOVQ	DI, CX
	0x017b 00379 (/src/fixture/fixture.go:15)	ADDQ	$144, SP
	0x0182 00386 (/src/fixture/fixture.go:15)	POPQ	BP
	0x0183 00387 (/src/fixture/fixture.go:15)	RET
	0x0184 00388 (/src/fixture/fixture.go:15)	NOP
	0x0184 00388 (/src/fixture/fixture.go:9)	PCDATA	$1, $-1
	0x0184 00388 (/src/fixture/fixture.go:9)	PCDATA	$0, $-2
	0x0184 00388 (/src/fixture/fixture.go:9)	MOVQ	AX, 8(SP)
	0x0189 00393 (/src/fixture/fixture.go:9)	CALL	runtime.morestack_noctxt(SB)
	0x018e 00398 (/src/fixture/fixture.go:9)	PCDATA	$0, $-1
	0x018e 00398 (/src/fixture/fixture.go:9)	MOVQ	8(SP), AX
	0x0193 00403 (/src/fixture/fixture.go:9)	JMP	0
	0x0000 4c 8d 64 24 e8 4d 3b 66 10 0f 86 75 01 00 00 55  L.d$.M;f...u...U
	0x0010 48 89 e5 48 81 ec 90 00 00 00 48 89 84 24 a0 00  H..H......H..$..
	0x0020 00 00 31 c9 31 d2 31 db 31 f6 31 ff eb 1b 48 89  ..1.1.1.1.1...H.
	0x0030 44 d6 f8 48 ff c1 48 8b 84 24 a0 00 00 00 49 89  D..H..H..$....I.
	0x0040 d0 89 fa 48 89 df 4c 89 c3 48 39 c8 0f 8e f5 00  ...H..L..H9.....
	0x0050 00 00 48 89 4c 24 58 48 89 5c 24 48 48 89 7c 24  ..H.L$XH.\$HH.|$
	0x0060 50 88 54 24 47 48 89 74 24 68 48 8d 05 00 00 00  P.T$GH.t$hH.....
	0x0070 00 e8 00 00 00 00 48 8b 4c 24 58 48 89 08 48 8d  ......H.L$XH..H.
	0x0080 14 09 48 89 50 08 48 8d 14 49 48 89 50 10 48 8b  ..H.P.H..IH.P.H.
	0x0090 5c 24 48 48 8d 53 01 48 8b 74 24 50 0f 1f 40 00  \$HH.S.H.t$P..@.
	0x00a0 48 39 d6 72 11 48 8b 74 24 68 48 8b 5c 24 50 0f  H9.r.H.t$hH.\$P.
	0x00b0 b6 7c 24 47 eb 6e 48 89 44 24 60 0f 1f 44 00 00  .|$G.nH.D$`..D..
	0x00c0 48 83 fa 04 7f 2a 44 0f b6 44 24 47 45 84 c0 75  H....*D..D$GE..u
	0x00d0 1f 48 85 db 75 1a 48 8d 74 24 70 44 0f 11 3e 44  .H..u.H.t$pD..>D
	0x00e0 0f 11 7e 10 bb 04 00 00 00 bf 01 00 00 00 eb 34  ..~............4
	0x00f0 48 8b 44 24 68 48 89 d3 48 89 f1 bf 01 00 00 00  H.D$hH..H.......
	0x0100 48 8d 35 00 00 00 00 e8 00 00 00 00 48 89 da 48  H.5.........H..H
	0x0110 89 c6 48 89 cb 0f b6 7c 24 47 48 8b 44 24 60 48  ..H....|$GH.D$`H
	0x0120 8b 4c 24 58 83 3d 00 00 00 00 00 0f 84 fd fe ff  .L$X.=..........
	0x0130 ff 4c 8b 44 d6 f8 e8 00 00 00 00 49 89 03 4d 89  .L.D.......I..M.
	0x0140 43 08 e9 e7 fe ff ff 48 8d 94 24 a0 00 00 00 48  C......H..$....H
	0x0150 29 e2 49 89 f0 48 29 e6 48 39 d6 73 18 48 8d 05  ).I..H).H9.s.H..
	0x0160 00 00 00 00 48 89 d9 4c 89 c3 e8 00 00 00 00 48  ....H..L.......H
	0x0170 89 cf 49 89 c0 4c 89 c0 48 89 f9 48 81 c4 90 00  ..I..L..H..H....
	0x0180 00 00 5d c3 48 89 44 24 08 e8 00 00 00 00 48 8b  ..].H.D$......H.
	0x0190 44 24 08 e9 68 fe ff ff                          D$..h...
	rel 109+4 t=R_PCREL type:example.com/annotatefixture.Point+0
	rel 114+4 t=R_CALL runtime.newobject+0
	rel 259+4 t=R_PCREL type:*example.com/annotatefixture.Point+0
	rel 264+4 t=R_CALL runtime.growslice+0
	rel 294+4 t=R_PCREL runtime.writeBarrier+-1
	rel 311+4 t=R_CALL runtime.gcWriteBarrier2+0
	rel 352+4 t=R_PCREL type:*example.com/annotatefixture.Point+0
	rel 363+4 t=R_CALL runtime.moveSliceNoCap+0
	rel 394+4 t=R_CALL runtime.morestack_noctxt+0
example.com/annotatefixture.Sum STEXT nosplit size=28 args=0x8 locals=0x0 funcid=0x0 align=0x0
	0x0000 00000 (/src/fixture/fixture.go:19)	TEXT	example.com/annotatefixture.Sum(SB), NOSPLIT|NOFRAME|ABIInternal, $0-8
	0x0000 00000 (/src/fixture/fixture.go:19)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (/src/fixture/fixture.go:19)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (/src/fixture/fixture.go:19)	FUNCDATA	$5, example.com/annotatefixture.Sum.arginfo1(SB)
	0x0000 00000 (/src/fixture/fixture.go:19)	FUNCDATA	$6, example.com/annotatefixture.Sum.argliveinfo(SB)
	0x0000 00000 (/src/fixture/fixture.go:19)	PCDATA	$3, $1
	0x0000 00000 (/src/fixture/fixture.go:21)	XORL	CX, CX
	0x0002 00002 (/src/fixture/fixture.go:21)	XORL	DX, DX
	0x0004 00004 (/src/fixture/fixture.go:21)	JMP	19
	0x0006 00006 (/src/fixture/fixture.go:22)	MOVQ	CX, BX
	0x0009 00009 (/src/fixture/fixture.go:22)	IMULQ	CX, BX
	0x000d 00013 (/src/fixture/fixture.go:22)	ADDQ	BX, DX
	0x0010 00016 (/src/fixture/fixture.go:21)	INCQ	CX
	0x0013 00019 (/src/fixture/fixture.go:21)	CMPQ	AX, CX
	0x0016 00022 (/src/fixture/fixture.go:21)	JGT	6
	0x0018 00024 (/src/fixture/fixture.go:24)	MOVQ	DX, AX
	0x001b 00027 (/src/fixture/fixture.go:24)	RET
	0x0000 31 c9 31 d2 eb 0d 48 89 cb 48 0f af d9 48 01 da  1.1...H..H...H..
	0x0010 48 ff c1 48 39 c8 7f ee 48 89 d0 c3              H..H9...H...
example.com/annotatefixture.Count STEXT size=159 args=0x18 locals=0x40 funcid=0x0 align=0x0
	0x0000 00000 (/src/fixture/fixture.go:28)	TEXT	example.com/annotatefixture.Count(SB), ABIInternal, $64-24
	0x0000 00000 (/src/fixture/fixture.go:28)	CMPQ	SP, 16(R14)
	0x0004 00004 (/src/fixture/fixture.go:28)	PCDATA	$0, $-2
	0x0004 00004 (/src/fixture/fixture.go:28)	JLS	119
	0x0006 00006 (/src/fixture/fixture.go:28)	PCDATA	$0, $-1
	0x0006 00006 (/src/fixture/fixture.go:28)	PUSHQ	BP
	0x0007 00007 (/src/fixture/fixture.go:28)	MOVQ	SP, BP
	0x000a 00010 (/src/fixture/fixture.go:28)	SUBQ	$56, SP
	0x000e 00014 (/src/fixture/fixture.go:28)	FUNCDATA	$0, gclocals·mwFurZyQFy+ezr0Dhah66w==(SB)
	0x000e 00014 (/src/fixture/fixture.go:28)	FUNCDATA	$1, gclocals·zjGmflWeiXhYzDBVzfnWOA==(SB)
	0x000e 00014 (/src/fixture/fixture.go:28)	FUNCDATA	$5, example.com/annotatefixture.Count.arginfo1(SB)
	0x000e 00014 (/src/fixture/fixture.go:28)	FUNCDATA	$6, example.com/annotatefixture.Count.argliveinfo(SB)
	0x000e 00014 (/src/fixture/fixture.go:28)	PCDATA	$3, $1
	0x000e 00014 (/src/fixture/fixture.go:30)	MOVQ	BX, example.com/annotatefixture.words+80(SP)
	0x0013 00019 (/src/fixture/fixture.go:30)	MOVQ	AX, example.com/annotatefixture.words+72(SP)
	0x0018 00024 (/src/fixture/fixture.go:30)	PCDATA	$3, $2
	0x0018 00024 (/src/fixture/fixture.go:29)	PCDATA	$1, $0
	0x0018 00024 (/src/fixture/fixture.go:29)	CALL	runtime.makemap_small(SB)
	0x001d 00029 (/src/fixture/fixture.go:29)	MOVQ	AX, example.com/annotatefixture.m+40(SP)
	0x0022 00034 (/src/fixture/fixture.go:30)	MOVQ	example.com/annotatefixture.words+72(SP), CX
	0x0027 00039 (/src/fixture/fixture.go:30)	XORL	DX, DX
	0x0029 00041 (/src/fixture/fixture.go:30)	JMP	103
	0x002b 00043 (/src/fixture/fixture.go:30)	MOVQ	DX, example.com/annotatefixture..autotmp_12+32(SP)
	0x0030 00048 (/src/fixture/fixture.go:30)	MOVQ	CX, example.com/annotatefixture..autotmp_13+48(SP)
	0x0035 00053 (/src/fixture/fixture.go:30)	MOVQ	(CX), DX
	0x0038 00056 (/src/fixture/fixture.go:30)	MOVQ	8(CX), DI
	0x003c 00060 (/src/fixture/fixture.go:31)	MOVQ	AX, BX
	0x003f 00063 (/src/fixture/fixture.go:31)	MOVQ	DX, CX
	0x0042 00066 (/src/fixture/fixture.go:31)	LEAQ	type:map[string]int(SB), AX
	0x0049 00073 (/src/fixture/fixture.go:31)	PCDATA	$1, $1
	0x0049 00073 (/src/fixture/fixture.go:31)	CALL	runtime.mapassign_faststr(SB)
	0x004e 00078 (/src/fixture/fixture.go:31)	INCQ	(AX)
	0x0051 00081 (/src/fixture/fixture.go:30)	MOVQ	example.com/annotatefixture..autotmp_13+48(SP), CX
	0x0056 00086 (/src/fixture/fixture.go:30)	ADDQ	$16, CX
	0x005a 00090 (/src/fixture/fixture.go:30)	MOVQ	example.com/annotatefixture..autotmp_12+32(SP), DX
	0x005f 00095 (/src/fixture/fixture.go:30)	INCQ	DX
	0x0062 00098 (/src/fixture/fixture.go:31)	MOVQ	example.com/annotatefixture.m+40(SP), AX
	0x0067 00103 (/src/fixture/fixture.go:30)	MOVQ	example.com/annotatefixture.words+80(SP), SI
	0x006c 00108 (/src/fixture/fixture.go:30)	CMPQ	SI, DX
	0x006f 00111 (/src/fixture/fixture.go:30)	JGT	43
	0x0071 00113 (/src/fixture/fixture.go:33)	ADDQ	$56, SP
	0x0075 00117 (/src/fixture/fixture.go:33)	POPQ	BP
	0x0076 00118 (/src/fixture/fixture.go:33)	RET
	0x0077 00119 (/src/fixture/fixture.go:33)	NOP
	0x0077 00119 (/src/fixture/fixture.go:28)	PCDATA	$1, $-1
	0x0077 00119 (/src/fixture/fixture.go:28)	PCDATA	$0, $-2
	0x0077 00119 (/src/fixture/fixture.go:28)	MOVQ	AX, 8(SP)
	0x007c 00124 (/src/fixture/fixture.go:28)	MOVQ	BX, 16(SP)
	0x0081 00129 (/src/fixture/fixture.go:28)	MOVQ	CX, 24(SP)
	0x0086 00134 (/src/fixture/fixture.go:28)	CALL	runtime.morestack_noctxt(SB)
	0x008b 00139 (/src/fixture/fixture.go:28)	PCDATA	$0, $-1
	0x008b 00139 (/src/fixture/fixture.go:28)	MOVQ	8(SP), AX
	0x0090 00144 (/src/fixture/fixture.go:28)	MOVQ	16(SP), BX
	0x0095 00149 (/src/fixture/fixture.go:28)	MOVQ	24(SP), CX
	0x009a 00154 (/src/fixture/fixture.go:28)	JMP	0
	0x0000 49 3b 66 10 76 71 55 48 89 e5 48 83 ec 38 48 89  I;f.vqUH..H..8H.
	0x0010 5c 24 50 48 89 44 24 48 e8 00 00 00 00 48 89 44  \$PH.D$H.....H.D
	0x0020 24 28 48 8b 4c 24 48 31 d2 eb 3c 48 89 54 24 20  $(H.L$H1..<H.T$ 
	0x0030 48 89 4c 24 30 48 8b 11 48 8b 79 08 48 89 c3 48  H.L$0H..H.y.H..H
	0x0040 89 d1 48 8d 05 00 00 00 00 e8 00 00 00 00 48 ff  ..H...........H.
	0x0050 00 48 8b 4c 24 30 48 83 c1 10 48 8b 54 24 20 48  .H.L$0H...H.T$ H
	0x0060 ff c2 48 8b 44 24 28 48 8b 74 24 50 48 39 d6 7f  ..H.D$(H.t$PH9..
	0x0070 ba 48 83 c4 38 5d c3 48 89 44 24 08 48 89 5c 24  .H..8].H.D$.H.\$
	0x0080 10 48 89 4c 24 18 e8 00 00 00 00 48 8b 44 24 08  .H.L$......H.D$.
	0x0090 48 8b 5c 24 10 48 8b 4c 24 18 e9 61 ff ff ff     H.\$.H.L$..a...
	rel 25+4 t=R_CALL runtime.makemap_small+0
	rel 69+4 t=R_PCREL type:map[string]int+0
	rel 74+4 t=R_CALL runtime.mapassign_faststr+0
	rel 135+4 t=R_CALL runtime.morestack_noctxt+0
example.com/annotatefixture.At STEXT nosplit size=26 args=0x20 locals=0x8 funcid=0x0 align=0x0
	0x0000 00000 (/src/fixture/fixture.go:37)	TEXT	example.com/annotatefixture.At(SB), NOSPLIT|ABIInternal, $8-32
	0x0000 00000 (/src/fixture/fixture.go:37)	PUSHQ	BP
	0x0001 00001 (/src/fixture/fixture.go:37)	MOVQ	SP, BP
	0x0004 00004 (/src/fixture/fixture.go:37)	MOVQ	AX, example.com/annotatefixture.xs+16(FP)
	0x0009 00009 (/src/fixture/fixture.go:37)	FUNCDATA	$0, gclocals·wvjpxkknJ4nY1JtrArJJaw==(SB)
	0x0009 00009 (/src/fixture/fixture.go:37)	FUNCDATA	$1, gclocals·J26BEvPExEQhJvjp9E8Whg==(SB)
	0x0009 00009 (/src/fixture/fixture.go:37)	FUNCDATA	$5, example.com/annotatefixture.At.arginfo1(SB)
	0x0009 00009 (/src/fixture/fixture.go:37)	FUNCDATA	$6, example.com/annotatefixture.At.argliveinfo(SB)
	0x0009 00009 (/src/fixture/fixture.go:37)	PCDATA	$3, $1
	0x0009 00009 (/src/fixture/fixture.go:38)	CMPQ	DI, BX
	0x000c 00012 (/src/fixture/fixture.go:38)	JCC	20
	0x000e 00014 (/src/fixture/fixture.go:38)	MOVQ	(AX)(DI*8), AX
	0x0012 00018 (/src/fixture/fixture.go:38)	POPQ	BP
	0x0013 00019 (/src/fixture/fixture.go:38)	RET
	0x0014 00020 (/src/fixture/fixture.go:38)	PCDATA	$1, $1
	0x0014 00020 (/src/fixture/fixture.go:38)	PCDATA	$4, $4023
	0x0014 00020 (/src/fixture/fixture.go:38)	CALL	runtime.panicBounds(SB)
	0x0019 00025 (/src/fixture/fixture.go:38)	XCHGL	AX, AX
	0x0000 55 48 89 e5 48 89 44 24 10 48 39 df 73 06 48 8b  UH..H.D$.H9.s.H.
	0x0010 04 f8 5d c3 e8 00 00 00 00 90                    ..].......
	rel 21+4 t=R_CALL runtime.panicBounds+0
example.com/annotatefixture.Boxed STEXT nosplit size=15 args=0x0 locals=0x0 funcid=0x0 align=0x0
	0x0000 00000 (/src/fixture/fixture.go:43)	TEXT	example.com/annotatefixture.Boxed(SB), NOSPLIT|NOFRAME|ABIInternal, $0-0
	0x0000 00000 (/src/fixture/fixture.go:43)	FUNCDATA	$0, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (/src/fixture/fixture.go:43)	FUNCDATA	$1, gclocals·g5+hNtRBP6YXNjfog7aZjQ==(SB)
	0x0000 00000 (/src/fixture/fixture.go:44)	LEAQ	type:string(SB), AX
	0x0007 00007 (/src/fixture/fixture.go:44)	LEAQ	example.com/annotatefixture..stmp_0(SB), BX
	0x000e 00014 (/src/fixture/fixture.go:44)	RET
	0x0000 48 8d 05 00 00 00 00 48 8d 1d 00 00 00 00 c3     H......H.......
	rel 2+0 t=R_USEIFACE type:string+0
	rel 3+4 t=R_PCREL type:string+0
	rel 10+4 t=R_PCREL example.com/annotatefixture..stmp_0+0
go:cuinfo.producer.example.com/annotatefixture SDWARFCUINFO dupok size=0
	0x0000 72 65 67 61 62 69                                regabi
go:cuinfo.packagename.example.com/annotatefixture SDWARFCUINFO dupok size=0
	0x0000 66 69 78 74 75 72 65                             fixture
runtime.memequal64·f SRODATA dupok size=8
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal64+0
runtime.gcbits.0100000000000000 SRODATA dupok size=8
	0x0000 01 00 00 00 00 00 00 00                          ........
type:.namedata.*fixture.Point. SRODATA dupok size=16
	0x0000 01 0e 2a 66 69 78 74 75 72 65 2e 50 6f 69 6e 74  ..*fixture.Point
type:.eqfunc24 SRODATA dupok size=16
	0x0000 00 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR runtime.memequal_varlen+0
runtime.gcbits. SRODATA dupok size=0
type:.namedata.X. SRODATA dupok size=3
	0x0000 01 01 58                                         ..X
type:.namedata.Y. SRODATA dupok size=3
	0x0000 01 01 59                                         ..Y
type:.namedata.Z. SRODATA dupok size=3
	0x0000 01 01 5a                                         ..Z
type:.importpath.example.com/annotatefixture. SRODATA dupok size=29
	0x0000 00 1b 65 78 61 6d 70 6c 65 2e 63 6f 6d 2f 61 6e  ..example.com/an
	0x0010 6e 6f 74 61 74 65 66 69 78 74 75 72 65           notatefixture
type:example.com/annotatefixture.Point SRODATA size=168
	0x0000 18 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 47 15 43 be 0f 08 08 19 00 00 00 00 00 00 00 00  G.C.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 03 00 00 00 00 00 00 00 03 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 58 00 00 00 00 00 00 00  ........X.......
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0080 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0090 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x00a0 10 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR type:.eqfunc24+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*fixture.Point.+0
	rel 44+4 t=R_ADDROFF type:*example.com/annotatefixture.Point+0
	rel 56+8 t=R_ADDR type:example.com/annotatefixture.Point+96
	rel 80+4 t=R_ADDROFF type:.importpath.example.com/annotatefixture.+0
	rel 96+8 t=R_ADDR type:.namedata.X.+0
	rel 104+8 t=R_ADDR type:int+0
	rel 120+8 t=R_ADDR type:.namedata.Y.+0
	rel 128+8 t=R_ADDR type:int+0
	rel 144+8 t=R_ADDR type:.namedata.Z.+0
	rel 152+8 t=R_ADDR type:int+0
type:*example.com/annotatefixture.Point SRODATA size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 26 9c 71 00 28 08 08 16 00 00 00 00 00 00 00 00  &.q.(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*fixture.Point.+0
	rel 48+8 t=R_ADDR type:example.com/annotatefixture.Point+0
type:.namedata.*map[string]int- SRODATA dupok size=17
	0x0000 00 0f 2a 6d 61 70 5b 73 74 72 69 6e 67 5d 69 6e  ..*map[string]in
	0x0010 74                                               t
type:*map[string]int SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 71 01 0c 2c 28 08 08 16 00 00 00 00 00 00 00 00  q..,(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 48+8 t=R_ADDR type:map[string]int+0
type:.namedata.*map.group[string]int- SRODATA dupok size=23
	0x0000 00 15 2a 6d 61 70 2e 67 72 6f 75 70 5b 73 74 72  ..*map.group[str
	0x0010 69 6e 67 5d 69 6e 74                             ing]int
type:noalg.*map.group[string]int SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d6 22 5d 15 20 08 08 16 00 00 00 00 00 00 00 00  ."]. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 48+8 t=R_ADDR type:noalg.map.group[string]int+0
runtime.gcbits.9224490000000000 SRODATA dupok size=8
	0x0000 92 24 49 00 00 00 00 00                          .$I.....
type:.namedata.*[8]struct { key string; elem int }- SRODATA dupok size=37
	0x0000 00 23 2a 5b 38 5d 73 74 72 75 63 74 20 7b 20 6b  .#*[8]struct { k
	0x0010 65 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20  ey string; elem 
	0x0020 69 6e 74 20 7d                                   int }
type:noalg.*[8]struct { key string; elem int } SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d9 db f8 4f 20 08 08 16 00 00 00 00 00 00 00 00  ...O ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.gcbits.4992240000000000 SRODATA dupok size=8
	0x0000 49 92 24 00 00 00 00 00                          I.$.....
type:.namedata.*struct { key string; elem int }- SRODATA dupok size=34
	0x0000 00 20 2a 73 74 72 75 63 74 20 7b 20 6b 65 79 20  . *struct { key 
	0x0010 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69 6e 74  string; elem int
	0x0020 20 7d                                             }
type:noalg.*struct { key string; elem int } SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 a5 29 d2 a0 20 08 08 16 00 00 00 00 00 00 00 00  .).. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:.importpath.. SRODATA dupok size=2
	0x0000 00 00                                            ..
type:.namedata.key- SRODATA dupok size=5
	0x0000 00 03 6b 65 79                                   ..key
type:.namedata.elem- SRODATA dupok size=6
	0x0000 00 04 65 6c 65 6d                                ..elem
type:noalg.struct { key string; elem int } SRODATA dupok size=128
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 27 5f 86 81 02 08 08 19 00 00 00 00 00 00 00 00  '_..............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 10 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.struct { key string; elem int }+80
	rel 80+8 t=R_ADDR type:.namedata.key-+0
	rel 88+8 t=R_ADDR type:string+0
	rel 104+8 t=R_ADDR type:.namedata.elem-+0
	rel 112+8 t=R_ADDR type:int+0
type:.namedata.*[]struct { key string; elem int }- SRODATA dupok size=36
	0x0000 00 22 2a 5b 5d 73 74 72 75 63 74 20 7b 20 6b 65  ."*[]struct { ke
	0x0010 79 20 73 74 72 69 6e 67 3b 20 65 6c 65 6d 20 69  y string; elem i
	0x0020 6e 74 20 7d                                      nt }
type:*[]struct { key string; elem int } SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 db c0 b2 af 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 48+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:[]struct { key string; elem int } SRODATA dupok size=56
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 36 77 4d 9b 02 08 08 17 00 00 00 00 00 00 00 00  6wM.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:*[]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
type:noalg.[8]struct { key string; elem int } SRODATA dupok size=72
	0x0000 c0 00 00 00 00 00 00 00 b0 00 00 00 00 00 00 00  ................
	0x0010 55 f8 4c 78 02 08 08 11 00 00 00 00 00 00 00 00  U.Lx............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 08 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.4992240000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[8]struct { key string; elem int }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[8]struct { key string; elem int }+0
	rel 48+8 t=R_ADDR type:noalg.struct { key string; elem int }+0
	rel 56+8 t=R_ADDR type:[]struct { key string; elem int }+0
type:.namedata.ctrl- SRODATA dupok size=6
	0x0000 00 04 63 74 72 6c                                ..ctrl
type:.namedata.slots- SRODATA dupok size=7
	0x0000 00 05 73 6c 6f 74 73                             ..slots
type:noalg.map.group[string]int SRODATA dupok size=128
	0x0000 c8 00 00 00 00 00 00 00 b8 00 00 00 00 00 00 00  ................
	0x0010 e5 8e 87 de 02 08 08 19 00 00 00 00 00 00 00 00  ................
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.9224490000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map.group[string]int-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*map.group[string]int+0
	rel 48+8 t=R_ADDR type:.importpath..+0
	rel 56+8 t=R_ADDR type:noalg.map.group[string]int+80
	rel 80+8 t=R_ADDR type:.namedata.ctrl-+0
	rel 88+8 t=R_ADDR type:uint64+0
	rel 104+8 t=R_ADDR type:.namedata.slots-+0
	rel 112+8 t=R_ADDR type:noalg.[8]struct { key string; elem int }+0
runtime.strhash·f SRODATA dupok size=8
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.strhash+0
type:map[string]int SRODATA dupok size=112
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 3d 0e e0 31 22 08 08 15 00 00 00 00 00 00 00 00  =..1"...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0050 c8 00 00 00 00 00 00 00 18 00 00 00 00 00 00 00  ................
	0x0060 10 00 00 00 00 00 00 00 01 00 00 00              ............
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*map[string]int-+0
	rel 44+4 t=RelocType(-32763) type:*map[string]int+0
	rel 48+8 t=R_ADDR type:string+0
	rel 56+8 t=R_ADDR type:int+0
	rel 64+8 t=R_ADDR type:noalg.map.group[string]int+0
	rel 72+8 t=R_ADDR runtime.strhash·f+0
go:string."constant" SRODATA dupok size=8
	0x0000 63 6f 6e 73 74 61 6e 74                          constant
example.com/annotatefixture..stmp_0 SRODATA static size=16
	0x0000 00 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	rel 0+8 t=R_ADDR go:string."constant"+0
type:.namedata.**fixture.Point- SRODATA dupok size=17
	0x0000 00 0f 2a 2a 66 69 78 74 75 72 65 2e 50 6f 69 6e  ..**fixture.Poin
	0x0010 74                                               t
type:**example.com/annotatefixture.Point SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 be d1 ee 01 28 08 08 16 00 00 00 00 00 00 00 00  ....(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.**fixture.Point-+0
	rel 48+8 t=R_ADDR type:*example.com/annotatefixture.Point+0
type:.namedata.*[]*fixture.Point- SRODATA dupok size=19
	0x0000 00 11 2a 5b 5d 2a 66 69 78 74 75 72 65 2e 50 6f  ..*[]*fixture.Po
	0x0010 69 6e 74                                         int
type:*[]*example.com/annotatefixture.Point SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6a f6 c2 45 28 08 08 16 00 00 00 00 00 00 00 00  j..E(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*fixture.Point-+0
	rel 48+8 t=R_ADDR type:[]*example.com/annotatefixture.Point+0
type:[]*example.com/annotatefixture.Point SRODATA dupok size=56
	0x0000 18 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 37 9f 76 5f 02 08 08 17 00 00 00 00 00 00 00 00  7.v_............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[]*fixture.Point-+0
	rel 44+4 t=RelocType(-32763) type:*[]*example.com/annotatefixture.Point+0
	rel 48+8 t=R_ADDR type:*example.com/annotatefixture.Point+0
type:.namedata.*struct { _ [0]uintptr; _ [4]*fixture.Point }- SRODATA dupok size=47
	0x0000 00 2d 2a 73 74 72 75 63 74 20 7b 20 5f 20 5b 30  .-*struct { _ [0
	0x0010 5d 75 69 6e 74 70 74 72 3b 20 5f 20 5b 34 5d 2a  ]uintptr; _ [4]*
	0x0020 66 69 78 74 75 72 65 2e 50 6f 69 6e 74 20 7d     fixture.Point }
type:noalg.*struct { example.com/annotatefixture._ [0]uintptr; example.com/annotatefixture._ [4]*example.com/annotatefixture.Point } SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 c1 35 00 e8 20 08 08 16 00 00 00 00 00 00 00 00  .5.. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { _ [0]uintptr; _ [4]*fixture.Point }-+0
	rel 48+8 t=R_ADDR type:noalg.struct { example.com/annotatefixture._ [0]uintptr; example.com/annotatefixture._ [4]*example.com/annotatefixture.Point }+0
runtime.gcbits.0f00000000000000 SRODATA dupok size=8
	0x0000 0f 00 00 00 00 00 00 00                          ........
runtime.memequal0·f SRODATA dupok size=8
	0x0000 00 00 00 00 00 00 00 00                          ........
	rel 0+8 t=R_ADDR runtime.memequal0+0
type:.namedata.*[0]uintptr- SRODATA dupok size=13
	0x0000 00 0b 2a 5b 30 5d 75 69 6e 74 70 74 72           ..*[0]uintptr
type:*[0]uintptr SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 6f d9 69 52 28 08 08 16 00 00 00 00 00 00 00 00  o.iR(...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal64·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[0]uintptr-+0
	rel 48+8 t=R_ADDR type:[0]uintptr+0
type:[0]uintptr SRODATA dupok size=72
	0x0000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0010 2e 7d 03 38 0a 08 08 11 00 00 00 00 00 00 00 00  .}.8............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 00 00 00 00 00 00 00 00                          ........
	rel 24+8 t=R_ADDR runtime.memequal0·f+0
	rel 32+8 t=R_ADDR runtime.gcbits.+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[0]uintptr-+0
	rel 44+4 t=RelocType(-32763) type:*[0]uintptr+0
	rel 48+8 t=R_ADDR type:uintptr+0
	rel 56+8 t=R_ADDR type:[]uintptr+0
type:.namedata.*[4]*fixture.Point- SRODATA dupok size=20
	0x0000 00 12 2a 5b 34 5d 2a 66 69 78 74 75 72 65 2e 50  ..*[4]*fixture.P
	0x0010 6f 69 6e 74                                      oint
type:noalg.*[4]*example.com/annotatefixture.Point SRODATA dupok size=56
	0x0000 08 00 00 00 00 00 00 00 08 00 00 00 00 00 00 00  ................
	0x0010 d6 a5 26 e3 20 08 08 16 00 00 00 00 00 00 00 00  ..&. ...........
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0100000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]*fixture.Point-+0
	rel 48+8 t=R_ADDR type:noalg.[4]*example.com/annotatefixture.Point+0
type:noalg.[4]*example.com/annotatefixture.Point SRODATA dupok size=72
	0x0000 20 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00   ....... .......
	0x0010 64 31 3b 84 02 08 08 11 00 00 00 00 00 00 00 00  d1;.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 04 00 00 00 00 00 00 00                          ........
	rel 32+8 t=R_ADDR runtime.gcbits.0f00000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*[4]*fixture.Point-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*[4]*example.com/annotatefixture.Point+0
	rel 48+8 t=R_ADDR type:*example.com/annotatefixture.Point+0
	rel 56+8 t=R_ADDR type:[]*example.com/annotatefixture.Point+0
type:.namedata._- SRODATA dupok size=3
	0x0000 00 01 5f                                         .._
type:noalg.struct { example.com/annotatefixture._ [0]uintptr; example.com/annotatefixture._ [4]*example.com/annotatefixture.Point } SRODATA dupok size=128
	0x0000 20 00 00 00 00 00 00 00 20 00 00 00 00 00 00 00   ....... .......
	0x0010 4d 17 5c 0c 02 08 08 19 00 00 00 00 00 00 00 00  M.\.............
	0x0020 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0030 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0040 02 00 00 00 00 00 00 00 02 00 00 00 00 00 00 00  ................
	0x0050 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0060 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	0x0070 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................
	rel 32+8 t=R_ADDR runtime.gcbits.0f00000000000000+0
	rel 40+4 t=R_ADDROFF type:.namedata.*struct { _ [0]uintptr; _ [4]*fixture.Point }-+0
	rel 44+4 t=RelocType(-32763) type:noalg.*struct { example.com/annotatefixture._ [0]uintptr; example.com/annotatefixture._ [4]*example.com/annotatefixture.Point }+0
	rel 48+8 t=R_ADDR type:.importpath.example.com/annotatefixture.+0
	rel 56+8 t=R_ADDR type:noalg.struct { example.com/annotatefixture._ [0]uintptr; example.com/annotatefixture._ [4]*example.com/annotatefixture.Point }+80
	rel 80+8 t=R_ADDR type:.namedata._-+0
	rel 88+8 t=R_ADDR type:[0]uintptr+0
	rel 104+8 t=R_ADDR type:.namedata._-+0
	rel 112+8 t=R_ADDR type:noalg.[4]*example.com/annotatefixture.Point+0
gclocals·yr4yLQlPnRVKirpHM7hJfw== SRODATA dupok size=8
	0x0000 03 00 00 00 00 00 00 00                          ........
gclocals·jUjkJ4EgqbqXKiJuLHJVxQ== SRODATA dupok size=11
	0x0000 03 00 00 00 06 00 00 00 00 02 01                 ...........
example.com/annotatefixture.Collect.stkobj SRODATA static size=24
	0x0000 01 00 00 00 00 00 00 00 e0 ff ff ff 20 00 00 00  ............ ...
	0x0010 20 00 00 00 00 00 00 00                           .......
	rel 20+4 t=R_ADDROFF runtime.gcbits.0f00000000000000+0
example.com/annotatefixture.Collect.arginfo1 SRODATA static dupok size=3
	0x0000 00 08 ff                                         ...
example.com/annotatefixture.Collect.argliveinfo SRODATA static dupok size=2
	0x0000 00 00                                            ..
gclocals·g5+hNtRBP6YXNjfog7aZjQ== SRODATA dupok size=8
	0x0000 01 00 00 00 00 00 00 00                          ........
example.com/annotatefixture.Sum.arginfo1 SRODATA static dupok size=3
	0x0000 00 08 ff                                         ...
example.com/annotatefixture.Sum.argliveinfo SRODATA static dupok size=2
	0x0000 00 00                                            ..
gclocals·mwFurZyQFy+ezr0Dhah66w== SRODATA dupok size=11
	0x0000 03 00 00 00 01 00 00 00 01 01 00                 ...........
gclocals·zjGmflWeiXhYzDBVzfnWOA== SRODATA dupok size=11
	0x0000 03 00 00 00 02 00 00 00 00 03 00                 ...........
example.com/annotatefixture.Count.arginfo1 SRODATA static dupok size=9
	0x0000 fe 00 08 08 08 10 08 fd ff                       .........
example.com/annotatefixture.Count.argliveinfo SRODATA static dupok size=3
	0x0000 00 00 03                                         ...
gclocals·wvjpxkknJ4nY1JtrArJJaw== SRODATA dupok size=10
	0x0000 02 00 00 00 01 00 00 00 01 00                    ..........
gclocals·J26BEvPExEQhJvjp9E8Whg== SRODATA dupok size=8
	0x0000 02 00 00 00 00 00 00 00                          ........
example.com/annotatefixture.At.arginfo1 SRODATA static dupok size=11
	0x0000 fe 00 08 08 08 10 08 fd 18 08 ff                 ...........
example.com/annotatefixture.At.argliveinfo SRODATA static dupok size=2
	0x0000 00 00                                            ..
