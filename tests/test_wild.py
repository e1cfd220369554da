"""Real tables of real reports (tests/wild/): what the tool reads and finds, as reviewed by hand.

Each document reproduces a table of a real LKjIP / LKj / LKPJ as its public copy prints it
(tests/wild/README.md: source, what was changed, the review). Asserted per document: the table
kinds recognised, the true findings (rule and row, each with why it is true), and that nothing
else is an error: a real report's errors are the ones reviewed below, any other is a false alarm.
DOC010 (chapters missing) is true of an excerpt and not asserted.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import audit
from audit.model.finding import AuditResult

WILD = Path(__file__).resolve().parent / "wild"

#: document -> (table kinds read, tables not fully read, {(rule, row key): why it is true})
REVIEWED: dict[str, tuple[set[str], int, dict[tuple[str, str], str]]] = {
    "pupr-dumai": ({"capaian_indikator"}, 0, {}),  # 65 / 405 = 16,05%: consistent
    "polhukam-deputi-kamtibmas": ({"pk_indikator"}, 0, {}),  # `a | b |` rows without delimiter row
    "satpolpp-lkpj": ({"capaian_indikator"}, 0, {
        # 49,81 / 46 = 108,28% (46 / 49,81 = 92,35% the other way): 94,35 is neither
        ("RATIO012", "menurunnya tingkat pelanggaran perda"): "capaian fits no convention",
        # 6,72 / 2,95 = 227,80%, printed 229,38
        ("RATIO012", "rasio jumlah personil pol pp per 10.000 penduduk"): "227,80 not 229,38",
        # 5,07 / 5,85 = 86,67% (86,6-86,7 at the printed precision), printed 87,35
        ("RATIO012", "rasio jumlah linmas per 1.000 penduduk"): "86,67 not 87,35",
    }),
    "bkad-polman-subbid-anggaran": ({"realisasi_kegiatan"}, 0, {}),  # 99,66 / 99,62 / 99,80 agree
    "setda-sumut": ({"realisasi_kegiatan"}, 0, {
        # sub kegiatan Evaluasi Pelaksanaan: 307.055.630 / 398.379.650 = 77,08%, printed 80,5
        ("RATIO002", "1.2.3"): "77,08 not 80,5",
    }),
    "disdik-ogan-ilir": ({"realisasi_program"}, 0, {
        # programme 7: 3.513.771.168 / 5.569.088.920 = 63,09%, printed 63,14
        ("RATIO001", "program wajib belajar pendidikan dasar sembilan tahun"): "63,09 not 63,14",
        # programme 7 again: 5.569.088.920 - 3.513.771.168 = 2.055.317.752 left, printed 2.051.317.752
        ("SUM042", "program wajib belajar pendidikan dasar sembilan tahun"): "pagu ≠ realisasi + sisa",
    }),
    "dindikpora-temanggung": ({"efisiensi"}, 0, {}),  # 98,68 - 90,37 = 8,31; 71,50 - 98,74 = -27,24
    "puslitbang-sdyankes": ({"lppd"}, 1, {  # no `uraian`: read, reported not fully checked
        # 23 publications of 11 targeted: 209,09%, printed 201,1
        ("RATIO011", "2. jumlah publikasi karya tulis ilmiah"): "209,09 not 201,1",
    }),
    # round 2 (tests/wild/README.md, sources S31-S35)
    "kec-payakumbuh-selatan-sdm": ({"pegawai_pendidikan", "pegawai_umur"}, 0, {
        # Diploma IV/S1: 12 L + 15 P = 27, printed 28
        ("SUM035", "diploma iv/s1"): "L + P = 27 not 28",
        # S2: 1 L and no P, L+P printed as a dash (0)
        ("SUM035", "s2"): "L + P = 1 not –",
        # the unit's Sub-jumlah: 17 L / 19 P by age (3 + 8 + 6, 3 + 9 + 7), 18 / 18 by ijazah (4+1+12+1, 2+1+15)
        ("MATCH046", "sub-jumlah"): "the same 36 people: 17 / 19 by age, 18 / 18 by ijazah",
        # PERSENTASE/KOMPOSISI L and P are each row's L and P over its L+P (checked since round 10; the cells in
        # test_a_composition_share_is_its_count_over_the_row_whole): 6 / 13 = 46,2% printed 47%, 7 / 13 = 53,8%
        # printed 53%, 17 / 36 = 47,2% printed 48%, 19 / 36 = 52,8% printed 52% (B.2); 15 / 28 = 53,6% printed 57%
        ("GEN002", "Tabel B.2."): "L / L+P and P / L+P off at the printed places",
        ("GEN002", "Tabel B.3."): "15 / 28 = 53,6% not 57%",
    }),
    # staff by unit x golongan / eselon, read in long form since (`audit/document/staff_units.py`; before: DOC001)
    "kec-balikpapan-timur-sdm": ({"pegawai_golongan", "pegawai_eselon"}, 0, {
        # Kelurahan Manggar, P: III 3 + II 0 = 3 women, its Jumlah / P prints 2
        ("SUM053", "jumlah|kelurahan manggar"): "P = 3 not 2",
        # the grand Jumlah 57 is the units' Jumlah; the golongan totals on its row add up to 1 + 31 + 23 + 3 = 58
        ("SUM074", "jumlah|total"): "58 not 57",
        # the same PNS: Kelurahan Manggar 4 L / 2 P by golongan, 6 L / 4 P by eselon (which it adds up to)
        ("MATCH050", "jumlah|kelurahan manggar"): "6 by golongan, 10 by eselon",
        ("MATCH049", "jumlah|total"): "57 by golongan, 61 by eselon",
    }),
    "manggarai-timur-kematian": ({"kinerja_tahunan"}, 0, {
        # balita 2019, lower is better: 0,64 / 0,18 = 355,6% (the other way 28,1%), printed 72,52
        ("RATIO013", "angka kematian balita per 1.000kh"): "72,52 fits no formula",
    }),
    "bkpd-lampung-pk": ({"pk_indikator", "pk_anggaran"}, 0, {}),  # a PK: nothing to recompute
    "spkt-polda-jateng": ({"capaian_indikator"}, 0, {}),  # 90,83 / 65 = 139,74 (139,73 at the printed places)
    # round 3 (S36): a BLUD's revenue-and-spending statement, read as `lra` since round 4 (before: DOC001)
    "rsud-kudus-lra": ({"lra"}, 0, {}),  # every Lebih / Kurang, parent, Jumlah and the surplus agree
    "bpbd-meranti-iku": (set(), 0, {}),  # an IKU of words only (formulas, sources): no figure to check
    # cakupan = Angka / Sasaran (a population), every row right; read as `cakupan` since (before: DOC001, GEN002)
    "puskesmas-ukm-capaian": ({"cakupan"}, 0, {}),
    # round 5: a puskesmas' UKP performance instrument (PKP form), %Cakupan Riil = Pencapaian / Total Sasaran
    "puskesmas-ukp-kinerja": ({"cakupan"}, 0, {
        # every other row follows the column's rule; Angka Kontak (target `150 per mil`) prints 37,4 for
        # 249 / 8253 = 30,2 per mil, recomputed at the base its row names (before: held to 3,02%)
        ("RATIO016", "1. angka kontak"): "37,4 is not 249 / 8253 per mil",
        # Rasio Rujukan prints the spreadsheet error `#DIV/0!` where 0 / 491 = 0,0 belongs
        ("PARSE001", ""): "#DIV/0! printed in a figure cell",
        # `Target Sasaran` (a column the kind does not read) prints `#VALUE!` twice (GEN005 since round 19)
        ("GEN005", "Instrumen Penghitungan Kinerja UKP Puskesmas Tahun 2019|7. Rasio gigi tetap"): "#VALUE! printed",
        ("GEN005", "Instrumen Penghitungan Kinerja UKP Puskesmas Tahun 2019|3. Penggunaan antibiotika"): "#VALUE!",
    }),
    # round 8 (S41): a PKP whose spreadsheet printed every `% Cakupan Riil` as a fraction (684 / 3395 as 0.2):
    # the column is read on that scale, no finding (before: fourteen false RATIO016 errors)
    "puskesmas-pkp-pecahan": ({"cakupan"}, 0, {}),
    # round 4 (S39-S40): two desa statements (OpenSID): codes in the `Uraian` column, bidang 01-05 under belanja
    "desa-mangguh-lra": ({"lra"}, 0, {}),  # parents, JUMLAH, surplus and every % agree (the surplus % unchecked)
    "desa-mengani-lra": ({"lra"}, 0, {}),  # the same; revenue above budget (204,89%, 231,72%) is no finding
    # round 7 (S44-S46): an inspectorate's five-band scale and capaian table (realisasi and capaian `n/a`: said
    # unchecked, PARSE004 info; before, the header was moved onto the wrong columns and both were PARSE001 errors)
    "inspektorat-sampang": ({"capaian_indikator"}, 0, {}),
    # a Kejaksaan Negeri's output table: 4 of 4 Unit = 100% (before: read as a coverage table, a false RATIO017)
    "kejari-pesisir-selatan": ({"capaian_indikator"}, 0, {}),
    # a puskesmas' PKP table with its realisation per month (Jan ... Des): consistent; read as `cakupan` with its
    # months since round 10 (SUM081: the months add up to `Kompilasi Pencapaian`; before: DOC001, a gap)
    "puskesmas-pkp-gigi": ({"cakupan"}, 0, {}),
    # round 8 (S47): a kota's retribusi before and after the budget change, its difference under `Rp` and growth
    # under `%` (the group header over them lost); consistent, no kind reads a comparison (DOC001)
    "surabaya-retribusi-perubahan": (set(), 1, {}),
    # round 11 (S50): a budget's amendment, line by line (`Sebelum perubahan`, `Setelah perubahan`, the change)
    "maros-pppa-perubahan": (set(), 1, {}),
    # round 11 (S51): an APBD change annex, codes prefixed by urusan and organisation (`1.02 . 1.02.01 . 00 . 00 . 4`)
    "bima-dinkes-apbd-perubahan": (set(), 1, {}),
    # round 10 (S49): a dinas' staff by sex and by pendidikan, `Jumlah` and `Persentase` of the total (54)
    "dkp-tapanuli-tengah-pegawai": ({"pegawai_gender", "pegawai_pendidikan"}, 0, {
        # 1 + 10 + 2 + 39 = 52 by pendidikan, its Jumlah prints 54 (the 54 of the sex table)
        ("SUM002", "jumlah"): "1 + 10 + 2 + 39 = 52 not 54",
        # shares of 54: S-2 1 / 54 = 1,9% printed 3; D-3 2 / 54 = 3,7% printed 5; SMA 39 / 54 = 72,2% printed 73
        ("GEN002", "Tabel 2 :"): "three shares of 54 off (the printed shares add up to 100 and agree on S-1 only)",
    }),
    # round 12 (S53-S54): a kabupaten's realisation and capaian of one indicator over the years, no target printed
    # (read as `kinerja_tahunan` in long form; the capaian cannot be recomputed without a target: nothing to find)
    "tanah-datar-apk-tahunan": ({"kinerja_tahunan"}, 0, {}),  # 2012-2015
    "tanah-datar-apm-tahunan": ({"kinerja_tahunan"}, 0, {}),  # 2015-2016
    # round 12 (S55): a permit agency's permits applied for per service outlet (gerai), a TOTAL column, a TOTAL row
    # and a `%` row of each outlet's share of the total: consistent as printed; no kind reads it (DOC001)
    "bppt-jabar-perizinan-gerai": (set(), 1, {}),
    # round 13 (S56): a Dukcapil's online IKM survey processing (9 unsur, one respondent, NRR, NRR tertimbang, IKM
    # 100): consistent (4 / 1 = 4; 4 x 0,111 = 0,44; 9 x 0,444 = 3,996 printed 4; x 25 = 100); no kind reads an IKM
    "dukcapil-tubaba-skm": (set(), 1, {}),
    # round 13 (S57): a Pengadilan Agama's realisation and capaian 2020-2023 (no target printed) and its realisation
    # so far against the medium-term target (`Target Jangka Menengah`: `kinerja_renstra`, its `target_akhir`; before,
    # read as a second yearly table and merged with the first: two false SCHEMA errors, duplicated indicator / 2023)
    "pa-demak-posbakum": ({"kinerja_tahunan", "kinerja_renstra"}, 0, {}),
    # round 13 (S58): a Ditjen's service satisfaction index per quarter (TW I ... IV 2019, 2020): no kind reads it
    # (before, read as an action plan by its quarters, `uraian` missing: INPUT003, nothing checked)
    "minerba-ikl": (set(), 1, {}),
    # round 14 (S60): a Kantor Lingkungan Hidup's air and water quality indices, 2014-2016 against the year's and the
    # Renstra's last target: 98,07 / 97,72 = 100,36, as printed twice; the water index's capaian printed `-` (its
    # realisation 62 and target 0,79 on different scales): not computed, no finding (before: read as 0%, two false
    # errors, RATIO014 and RATIO018); the capaian against the Renstra target in its own column (`capaian_akhir`)
    "klh-kulon-progo-iku": ({"kinerja_renstra"}, 0, {}),
    # round 16 (S62): a dinas sosial's staff by structural position (eselon, pelaksana by golongan, fungsional: no
    # kind reads the mix, DOC001) and by pendidikan, each one unit row (51); the prose states 42 (the headcount was
    # not read in the form `Jumlah pegawai ... sebanyak N orang`, nor from a table without a total row, before)
    "dinsos-bandung-pegawai": ({"pegawai_pendidikan"}, 1, {
        ("CLAIM008", ""): "42 stated, 51 in both staff tables",
    }),
    # round 17 (S63-S64): capaian printed capped at 100% where realisation passes target (warnings naming the cap,
    # tests/test_capped_capaian.py); before, RATIO012 errors. Dumai's 13.407 / 11.720 stay ambiguous (PARSE002)
    "dinsos-dumai-sasaran": ({"capaian_indikator"}, 0, {
        ("RATIO012", "jumlah sarana sosial"): "21 / 20 = 105%, printed capped at 100%",
        ("RATIO012", "penanganan penyandang masalah kesejahteraan sosial"): "76 / 60 = 126,67%, printed 100%",
    }),
    # Depok's Nilai SAKIP `B` against `B`: a grade, said unchecked (PARSE004; before, two PARSE001 errors)
    "dinsos-depok-ikhtisar": ({"capaian_indikator"}, 0, {
        ("RATIO012", "persentase penyandang disabilitas yang mandiri"): "34,48 / 25 = 137,92%, printed 100%",
    }),
    # round 18 (S65): a dinas kesehatan's budget by funding source, 2013 beside 2014 (Alokasi, Realisasi, % each),
    # `I Pendapatan`, then `II Belanja` over five sources and `Total Belanja`: a comparison no kind reads (before:
    # read as `efisiensi` from 2013's columns, 2014's left unread, nothing checked); its sums and percentages agree
    # (GEN001 sums `Total Belanja` from the sources under `II Belanja`, not with `Pendapatan`)
    "dinkes-palu-sumber-dana": (set(), 1, {}),
    # round 19 (S66): a Bappeda's indicators beside their programme's pagu, realisasi and budget capaian (read as
    # `efisiensi`, its `Nama Progam` a typo of `Program`, read since round 19; before, as `lppd` without `uraian`);
    # 97,64 is 97,6476 cut, in a table never rounding up (a warning, tests/test_cut_figures.py); 1.584.085.700 /
    # 1.790.000.000 = 88,50%, printed 89,76; the programme repeats over the indicators (no repeated key)
    "bappeda-jabar-analisis-program": ({"efisiensi"}, 0, {
        ("RATIO004", "program perencanaan, pengendalian dan evaluasi pembangunan daerah;|tingkat kesesuaian target "
                     "kegiatan renja opd"): "88,50 not 89,76",
    }),
    # round 19 (S67): staff by golongan with a `Honorer` row (every employee, MATCH051 against the education table,
    # tests/test_staff_scope.py) and by pendidikan, `23 orang` cells: both 94
    "dinsosnakertrans-surakarta-pegawai": ({"pegawai_golongan", "pegawai_pendidikan"}, 0, {}),
    # round 19 (S68): an IKU's comparisons without a row label (years over target and realisation, a one-row
    # `Target 2021 | Realisasi Tahun 2021 | Capaian`, contract against Renstra) and a satisfaction table: no kind
    # reads them (DOC001); the one-row capaian is checked by its headers (4,93 / 4,64 = 106,25, tests/test_cards.py)
    "kppn-semarang-kepuasan": (set(), 3, {}),
    # the IKU card printed across (Target, Realisasi, Capaian rows; Q1 ... Y-21): each column's capaian checked
    "kppn-semarang-triwulan": (set(), 1, {}),
    # round 19 (S69-S70): a puskesmas BLUD's LRA, its label column headed `URALAN` (a typo of `URAIAN`, read since
    # round 19: before, DOC001); its totals name their rows (`Jumlah Pendapatan (2 s.d. 7)`, SUM058 and SUM083);
    # two cells print the spreadsheet error `#DIV/0!` (PARSE001, a formula error)
    "puskesmas-nyompok-lra": ({"lra"}, 0, {
        ("PARSE001", ""): "#DIV/0! printed for 0 / 0, twice",
    }),
    # a Ditjen's summary LRA, `PENDAPATAN NEGARA` 108,88% of its estimate: read as an LRA (before: as kegiatan, a
    # false SCHEMA003 error on the revenue's 108,88)
    "ditjen-yankes-lra-ringkas": ({"lra"}, 0, {}),
    # round 19 (S71): BPKP's efficiency per sasaran, its numbering row printing `6=5/3 7=5/4`: read as an indicator
    # table without its indicator (INPUT003); the efficiency columns are checked by their formulas (GEN006), all agree
    "bpkp-efisiensi": ({"capaian_indikator"}, 1, {}),
    # round 19 (S72): an LPPD's IKK annex, each capaian beside a formula holding its figures: no kind reads it
    # (DOC001); read with `IKK` mapped, its capaian `ada` are words, said unchecked (tests/test_cell_words.py)
    "lppd-bangkep-ikk": (set(), 1, {}),
    # round 20 (S73-S74): a Kanwil DJPb's IKU card capped at 120 (warnings naming the cap) and its monthly
    # reconciliation (counts printed twice: no pair guessed from them); a Lapas' one-row efficiency (99,99 for 99,998,
    # cut: a warning). No kind reads them (DOC001)
    "kanwil-djpb-sulut-iku": (set(), 2, {}),
    "lapas-baubau-efisiensi": (set(), 1, {}),
    # round 20 (S75): a Balai POM's IKU table, `Realisasi s.d TW I` over `Pembilang`, `Penyebut`, `Realisasi`: the
    # realisation read from its own column (before: from `Pembilang`, a false RATIO012 error), checked against its
    # operands (GEN002); `Cukup` for 79,86 not judged on the regional default scale (tests/test_operands.py)
    "bpom-pangkalpinang-tw1": ({"capaian_indikator"}, 0, {}),
    # round 20 (S76): a kabupaten's revenue detail named so by its caption alone, its groups `I`, `II` over items
    # `1` to `5` running on: read as an LRA (before: as kegiatan, three false SCHEMA003 errors on revenue above 100%)
    "kaimana-lain-pad": ({"lra"}, 0, {
        # group I: 2.064.574.291 / 1.002.654.953 = 205,91%, printed 99,00
        ("RATIO015", "hasil penjualan bmd yang tidak dipisahkan"): "205,91 not 99,00",
    }),
    # round 20 (S77): a kecamatan's three indicators over two years, a row of their capaian's sum above the row of
    # their average: the sum row no indicator (before: two false SUM049 warnings), held to the sum (SUM085)
    "kec-gunung-kaler-sasaran1": ({"kinerja_tahunan"}, 0, {}),
    # round 20 (S78): a Balai Besar POM's two years side by side, its 2021 realisation against the Renstra's 2024
    # target (read as the Renstra comparison: before, two yearly rows and a false SCHEMA001), and a food indicator
    # printed with decimal points; `Baik` not judged on the regional default scale
    "bbpom-medan-perbandingan": ({"capaian_indikator", "kinerja_renstra", "kinerja_tahunan"}, 0, {}),
    # round 20 (S79): an Inspektorat's review of its Pemda's macro indicators, `TAHUN N-1`, `TAHUN N`, `PERUBAHAN %`:
    # every change printed as the year's value less 100, all six found (GEN004, the pair by its headers). The two
    # years are read as an indicator table (the `N-1` column as its capaian, DOC003 for the rest): nothing judged
    # `TAHUN N-1` and `TAHUN N` are the report's years (2019, 2020): one row per year, not a capaian (before, `N-1`
    # was read as the capaian and `N` left unread)
    "labura-kinerja-makro": ({"kinerja_tahunan"}, 0, {
        # (71,61 - 71,43) / 71,43 = 0,25, printed -28,39 = 71,61 - 100; and so on each row
        ("GEN004", "a.1 Capaian Kinerja Makro|Indeks Pembangunan Manusia"): "0,25 not -28,39",
        ("GEN004", "a.1 Capaian Kinerja Makro|Angka Kemiskinan"): "-0,42 not -90,47",
        ("GEN004", "a.1 Capaian Kinerja Makro|Angka Pengangguran"): "16,78 not -93,18",
        ("GEN004", "a.1 Capaian Kinerja Makro|Pertumbuhan Ekonomi"): "0,27 not 17.206,59",
        ("GEN004", "a.1 Capaian Kinerja Makro|Pendapatan per Kapita"): "3,33 not 25.091,24",
        ("GEN004", "a.1 Capaian Kinerja Makro|Ketimpangan Pendapatan"): "-1,87 not -99,738",
    }),
    # round 20 (S80-S81): a Lapas' two indicators over 2021 and 2022 with its formulas in the numbering row (`5 =
    # 4/3x100%`): all agree (100 / 15 = 666,67 printed 666,66, cut, within its rounding)
    "lapas-baubau-tahunan": ({"kinerja_tahunan"}, 0, {}),
    # an RSUD's hospital indicators (BOR, ALOS, TOI, BTO, GDR, NDR) inside the kota's LKjIP: every capaian judged
    # is a warning (a cap of 100 read from the table; ALOS and TOI, lower-is-better in a range, are read with no
    # polarity, their expected values the other way: a gap), no error
    "rsud-dumai-bor": ({"capaian_indikator"}, 0, {}),
    # round 21 (S82-S86). An RKPD quoting a dinas' indicators: the RPJMD target, each year's target and realisation,
    # an unheaded capaian (known by its figures, realisasi / target × 100, and checked), one figure typed `10,130,471`
    # among Indonesian ones (no longer making `1.076` ambiguous); every capaian agrees (4.650.000 / 7.612.494 = 61,08)
    "dishub-batang": ({"kinerja_renstra"}, 0, {}),
    # `Pencapaian` over the capaian, read since this round: 100 / 20 = 500, 75 / 20 = 375, both right
    "dlhk-banten": ({"capaian_indikator"}, 0, {}),
    # a sasaran indicator beside a block of programme indicators in one table: the sasaran read, the block said
    # unread (DOC003); target and realisation equal throughout
    "bpbd-yogya": ({"capaian_indikator"}, 0, {}),
    # a hospital's weights (a continuation: DOC001) and its quarterly targets under one `Target 2017` label, rising
    # levels of rates (75 75 80 85): read as the four quarters, no split to add up
    "rsparu-salatiga": ({"rencana_aksi"}, 1, {}),
    # an RSUD's bed and death statistics per year (BOR, BTO, TOI, LOS, GDR, NDR): `pelayanan_rs` since this round,
    # every year's BOR within a point of 100 × (1 − TOI × BTO / days), NDR under GDR
    "kajen-profil": ({"pelayanan_rs"}, 0, {}),
}

#: errors the review found false and left as gaps (README: qualitative PK targets are not numbers to parse)
KNOWN_FALSE: dict[str, set[tuple[str, str]]] = {}  # none since targets in words are PARSE004 (info)


@pytest.fixture(scope="module")
def results() -> dict[str, AuditResult]:
    return {name: audit.run(str(WILD / name / "laporan.md")) for name in REVIEWED}


def _key(finding) -> tuple[str, str]:
    return finding.rule_id, str(finding.row_key or "").lstrip("|")


@pytest.mark.parametrize("name", sorted(REVIEWED))
def test_the_reviewed_tables_are_read(results, name):
    kinds, unread, _ = REVIEWED[name]
    result = results[name]
    assert set(result.tables_read) == kinds
    printed = {"kec-payakumbuh-selatan-sdm": 2, "kec-balikpapan-timur-sdm": 2, "bkpd-lampung-pk": 2,
               "bpbd-meranti-iku": 0, "inspektorat-sampang": 2, "dkp-tapanuli-tengah-pegawai": 2,
               "pa-demak-posbakum": 2, "dinsos-bandung-pegawai": 2,
               "dinsosnakertrans-surakarta-pegawai": 2, "kppn-semarang-kepuasan": 4,
               "kanwil-djpb-sulut-iku": 2, "bbpom-medan-perbandingan": 3, "lapas-baubau-tahunan": 2,
               "rsparu-salatiga": 2}.get(name, 1)
    assert result.coverage.tables_found == printed and len(result.coverage.unread) == unread


@pytest.mark.parametrize("name", sorted(REVIEWED))
def test_the_true_findings_are_found_and_no_false_error(results, name):
    _, _, true = REVIEWED[name]
    found = [_key(f) for f in results[name].findings if f.rule_id != "DOC010"]
    for rule, row in true:
        assert any(r == rule and k.startswith(row) for r, k in found), (rule, row)
    known = KNOWN_FALSE.get(name, set())
    errors = [(f.rule_id, _key(f)[1], f.column) for f in results[name].findings if str(f.severity.value) == "error"]
    for rule, row, column in errors:
        if (rule, column) in known:
            continue
        assert any(rule == r and row.startswith(k) for r, k in true), f"false alarm {rule} {row}"


def test_a_budget_compared_across_years_is_checked_in_every_year(tmp_path):
    """Palu's sources of 2013 and 2014, each year's allocation, realisation and share: a realisation mistyped in
    2013's APBN row is found at its cell, a share mistyped in 2014's APBD row against its amounts."""
    from helpers import changed_copy

    source = WILD / "dinkes-palu-sumber-dana" / "laporan.md"
    path = changed_copy(tmp_path, source, "<td>1.551.730.000</td><td>1.551.730.000</td><td>100</td>",
                        "<td>1.551.730.000</td><td>1.515.730.000</td><td>100</td>")
    found = [(f.rule_id, f.row_label, f.actual) for f in audit.run(path).findings if f.severity.value == "error"]
    assert found == [("GEN001", "3. APBN", 1_515_730_000.0)]
    path = changed_copy(tmp_path, source, "<td>91,40</td>", "<td>91,04</td>")
    found = [(f.rule_id, f.row_label, f.actual) for f in audit.run(path).findings if f.severity.value == "error"]
    assert found == [("GEN002", "1. APBD Kota", 91.04)]


def test_a_repeated_column_number_row_is_no_programme(results):
    """The page break of `disdik-ogan-ilir` prints `1 2 3 4 5 6` again: it is not programme '2'."""
    rows = [f.row_key for f in results["disdik-ogan-ilir"].findings]
    assert "2" not in rows and len([f for f in results["disdik-ogan-ilir"].findings
                                    if f.rule_id == "RATIO001"]) == 1


def test_an_amount_printed_with_its_share_is_an_amount(results):
    """`54.231.523.350 (92,33%)` is the budget's realisation, not text (no PARSE001)."""
    assert not [f for f in results["puslitbang-sdyankes"].findings if f.rule_id == "PARSE001"]


def test_a_whole_rupiah_amount_is_an_amount(results):
    """`Rp. 827.560.810,-` (whole rupiah, the decimals a dash) is the programme's budget, not text."""
    assert not [f for f in results["bkpd-lampung-pk"].findings if f.rule_id == "PARSE001" and f.column == "anggaran"]


def test_a_total_over_a_column_group_is_no_false_total(results, tmp_path):
    """Balikpapan Timur prints each golongan's total once over its L and P columns (31 = 23 L + 8 P). Read,
    the rules say it (SUM053) and no generic check repeats it; unread (a caption naming no staff kind), no
    GEN001 reads such a figure as the L column's total; its `Jumlah / L` and `Jumlah / P` add the L and P of
    every golongan, and only Kelurahan Manggar's P disagrees, said with each golongan's name."""
    assert not [f for f in results["kec-balikpapan-timur-sdm"].findings if f.rule_id.startswith("GEN")]
    text = (WILD / "kec-balikpapan-timur-sdm" / "laporan.md").read_text(encoding="utf-8")
    (tmp_path / "laporan.md").write_text(text.replace("Berdasarkan Golongan", "Berdasarkan Kelompok"),
                                         encoding="utf-8")
    shutil.copy(WILD / "kec-balikpapan-timur-sdm" / "laporan.yaml", tmp_path / "laporan.yaml")
    unread = audit.run(str(tmp_path / "laporan.md"))
    assert "pegawai_golongan" not in unread.tables_read
    gen = [f for f in unread.findings if f.rule_id.startswith("GEN")]
    assert [(f.row_label, f.column, f.actual, f.expected) for f in gen] == [("Kelurahan Manggar", "Jumlah / P", 2, 3)]
    assert "IV / P + III / P + II / P + I / P = 3" in gen[0].text("en")


def test_a_rate_is_recomputed_at_the_base_its_row_names(results):
    """Angka Kontak's target is printed `150 per mil`: its share is recomputed per mil (249 / 8253 = 30,2), not
    as a percentage (3,02), and said so; the printed 37,4 still fits nothing."""
    [finding] = [f for f in results["puskesmas-ukp-kinerja"].findings if f.rule_id == "RATIO016"]
    assert round(finding.expected, 1) == 30.2 and finding.unit == "‰"
    assert finding.text("id").endswith("× 1.000")


def test_a_gender_gap_column_is_no_label(results):
    """`Perbedaan Gender` (% L minus % P) is not the `jenis_kelamin` label: the ijazah table is read by
    pendidikan (`Satuan Kerja/Ijazah`), with L, P and L+P and no PNS column."""
    read = results["kec-payakumbuh-selatan-sdm"].tables_read
    assert "pegawai_pendidikan" in read and "pegawai_gender" not in read
    assert "pegawai_umur" in read  # B.2, by age (`Satuan Kerja/Umur`)


def test_a_row_packed_left_under_a_dropped_heading_cell_is_put_back(results):
    """The PK prints its sasaran once over two indicators; the converter dropped the merged cell, so the
    second row reads `indikator | target | (empty)`: its indicator and target go back under their headers."""
    from audit import api

    table = api.read(str(WILD / "polhukam-deputi-kamtibmas" / "laporan.md")).tables["pk_indikator"].values
    assert table["indikator"].str.startswith(("1. Persentase", "2. Persentase")).tolist() == [True, True]
    assert table["target"].tolist() == [70.0, 69.0]


def test_an_inspectorate_scale_and_a_not_available_realisation(results):
    """Inspektorat Sampang prints its five bands `91 % ≤ 100 %` ... `≤ 50 %` as a table (read as the report's
    scale, not as figures to add up) and `n/a` for a realisation not yet known: both `n/a` are said not checked
    (PARSE004, info), and the target stays the target (55)."""
    from audit import api

    found = [(f.rule_id, f.column) for f in results["inspektorat-sampang"].findings if f.rule_id.startswith("PARSE")]
    assert sorted(found) == [("PARSE004", "capaian"), ("PARSE004", "realisasi")]
    report = api.read(str(WILD / "inspektorat-sampang" / "laporan.md"))
    bands = [(b.min, b.max, b.label) for b in report.meta.predikat_scale]
    assert bands[0] == (91.0, None, "Sangat Baik") and bands[-1] == (None, 50.0, "Sangat Kurang") and len(bands) == 5
    assert report.tables["capaian_indikator"].values["target"].dropna().tolist() == [55.0]


def test_an_output_table_is_read_as_indicators_not_coverage(results):
    """The Kejaksaan's `CAPAIAN OUTPUT TRIWULAN IV` over `JUMLAH  %` is the count achieved and its share of the
    target: no population, so no coverage table and no RATIO017 (before: 4 read as a capaian of 4%)."""
    assert not [f for f in results["kejari-pesisir-selatan"].findings if f.rule_id.startswith("RATIO")]


def test_a_monthly_realisation_table_is_read_with_its_months(results):
    """The PKP table of a puskesmas prints its realisation per month (Jan ... Des, adding up to `Kompilasi
    Pencapaian`): read as `cakupan`, its months added up (SUM081, silent: 2+3+4+2+3+2+4+0+1 = 21 and
    5+2+4+3+2+5+1+0+2 = 24) and its shares recomputed (RATIO016: 21 / 40 = 52,5 → 53; 24 / 35 = 68,6 → 69). Said
    unchecked: the target count `Target Sasaran (T x S)` (DOC003, info: no column of the kind takes it), and the
    target in % read but compared with nothing (COVER001, info: RATIO017 recomputes a capaian the table does not
    print)."""
    found = [f.rule_id for f in results["puskesmas-pkp-gigi"].findings if f.rule_id != "DOC010"]
    assert found == ["DOC003", "COVER001"]
    [unchecked] = [f.text("en") for f in results["puskesmas-pkp-gigi"].findings if f.rule_id == "DOC003"]
    assert "'Target Sasaran (T x S)' were not read" in unchecked


def test_a_decrease_printed_as_its_size_is_a_sign_warning_not_a_wrong_total(results):
    """Kota Surabaya's `Rp` column (the before/after difference, its header words lost on the stored page) prints
    the two decreases as sizes (3,120,432,225 and 496,800,000) while its `%` prints them negative (−100,00,
    −46,00): GEN004 reads it as a difference by its figures (every row the size of SETELAH − SEBELUM) and warns of
    the two signs; the group's Rp total (2,696,661,382, the signed sum) and the growths are right, and nothing
    adds the column up or divides it (before: a false GEN001 error proposing 9,931,125,832 for the total, two
    GEN002 errors proposing +100,00 and +46,00 for the printed growths)."""
    found = [(f.rule_id, f.severity.value, f.location.cell) for f in results["surabaya-retribusi-perubahan"].findings
             if f.rule_id.startswith("GEN")]
    assert sorted(found) == [("GEN004", "warning", "E11"), ("GEN004", "warning", "E9")]


def _shares(result) -> list[tuple[str, str, float, float]]:
    return sorted((f.location.cell, f.row_label, f.actual, round(f.expected, 1))
                  for f in result.findings if f.rule_id == "GEN002")


def test_a_composition_share_is_its_count_over_the_row_whole(results):
    """Payakumbuh's `PERSENTASE/KOMPOSISI / L` and `/ P` are each row's L and P over its own `JUMLAH / L+P` (the
    headers name the pair; the data terpilah template): read in the staff tables the kinds read, every cell off at
    its printed places is said, with the value its counts give as the fix of that cell; the rows that agree
    (30-39: 50% / 50%; =< SMA 67% / 33%) and `L+P` (100%) are not, and DOC003 no longer says them unchecked."""
    result = results["kec-payakumbuh-selatan-sdm"]
    assert _shares(result) == [("F7", "50 tahun >", 47.0, 46.2), ("F8", "Sub-jumlah", 48.0, 47.2),
                               ("G7", "50 tahun >", 53.0, 53.8), ("G7", "Diploma IV/S1", 57.0, 53.6),
                               ("G8", "Sub-jumlah", 52.0, 52.8)]
    fixes = {(f.location.cell, f.row_label): f.suggestions[0] for f in result.findings if f.rule_id == "GEN002"}
    fix = fixes[("G7", "Diploma IV/S1")]
    assert (fix.cell.cell, fix.current, fix.proposed, fix.proposed_text) == ("G7", 57.0, 54.0, "54%")
    assert not [f for f in result.findings if f.rule_id == "DOC003"]


def test_a_share_of_the_total_is_checked_when_the_column_adds_up_to_it(results, tmp_path):
    """Tapanuli Tengah's `Persentase` prints 100 on `Jumlah` and its rows add up to 100 (3 + 19 + 5 + 73): a share
    of the total, checked though only S-1 (10 / 54 = 18,5 → 19) agrees; the sex table's 81 / 19 (44 and 10 of 54)
    agree. A column whose rows do not add up to its 100 is no such share, and says nothing."""
    result = results["dkp-tapanuli-tengah-pegawai"]
    assert _shares(result) == [("C2", "S-2", 3.0, 1.9), ("C4", "D-3", 5.0, 3.7), ("C5", "SMA", 73.0, 72.2)]
    assert [f.suggestions[0].proposed for f in result.findings if f.rule_id == "GEN002"] == [2.0, 4.0, 72.0]
    text = (WILD / "dkp-tapanuli-tengah-pegawai" / "laporan.md").read_text(encoding="utf-8")
    (tmp_path / "laporan.md").write_text(text.replace("| SMA | 39 orang | 73 |", "| SMA | 39 orang | 63 |"),
                                         encoding="utf-8")
    shutil.copy(WILD / "dkp-tapanuli-tengah-pegawai" / "laporan.yaml", tmp_path / "laporan.yaml")
    assert _shares(audit.run(str(tmp_path / "laporan.md"))) == []


@pytest.mark.parametrize("name, headers", [
    ("surabaya-retribusi-perubahan", "'SEBELUM PERUBAHAN', 'SETELAH PERUBAHAN'"),
    ("maros-pppa-perubahan", "'Sebelum perubahan / Jumlah (Rp)', 'Setelah perubahan / Jumlah (Rp)'"),
    ("bima-dinkes-apbd-perubahan", "'JUMLAH Rp / SEBELUM PERUBAHAN', 'JUMLAH Rp / SETELAH PERUBAHAN'")])
def test_a_budget_before_and_after_its_amendment_is_said_unread_with_no_mapping(results, name, headers):
    """Surabaya's retribusi and Maros' RKPA print a budget before and after its amendment, and the change, with
    nothing realised: no kind reads it (a budget table would take the amended amounts for its budget and the
    change for what was realised: before, the unread hint proposed `"SEBELUM PERUBAHAN" = "anggaran"` and
    `"SETELAH PERUBAHAN" = "realisasi"`). DOC001 says what the table compares and proposes no mapping; its totals
    and differences are still checked (Maros' codes roll up: 5.2.1 = 5.2.1.01 = 5.2.1.01.05 = the PPTK's
    honorarium, 11 OB x 350.000 = 3.850.000, unchanged)."""
    [unread] = [f for f in results[name].findings if f.rule_id == "DOC001"]
    text = unread.text("en")
    assert f"compares a budget before and after its amendment ({headers})" in text
    assert "to read it, add to audit.toml" not in text and "closest" not in text
    assert "membandingkan anggaran sebelum dan sesudah perubahan" in unread.text("id")
    if name != "surabaya-retribusi-perubahan":  # consistent as printed (Surabaya's two signs: GEN004 warnings)
        assert [f.rule_id for f in results[name].findings if f.rule_id not in ("DOC010", "DOC001")] == []


def test_a_budget_change_line_that_does_not_roll_up_is_found(tmp_path):
    """The Maros table with one amended figure changed (Honorarium PNS 3.850.000 -> 3.580.000 after the change):
    the generic hierarchy check says the parent row that no longer holds its child's sum."""
    from helpers import changed_copy

    path = changed_copy(tmp_path, WILD / "maros-pppa-perubahan" / "laporan.md",
                        "<td>-</td><td>3.850.000,00</td><td>0</td><td>0,0</td></tr>\n<tr><td>5.2.1.01.05.",
                        "<td>-</td><td>3.580.000,00</td><td>0</td><td>0,0</td></tr>\n<tr><td>5.2.1.01.05.")
    found = [(f.rule_id, f.row_label, f.expected) for f in audit.run(path, suggest=False).findings
             if f.rule_id.startswith("GEN")]
    assert ("GEN001", "5.2.1.01. Honorarium PNS", 3850000.0) in found


def test_codes_prefixed_by_urusan_and_organisation_roll_up(tmp_path):
    """Kota Bima's annex prints each account's code after its urusan and organisation, spaced around the dots
    (`1.02 . 1.02.01 . 00 . 00 . 4 . 1 . 2`: ten segments). Read as one code, 4.1 is the parent of 4.1.2 and 4.1.4
    (420.720.000 + 6.837.000.000 = 7.257.720.000 before, 2.233.296.000 + 7.661.428.780 after): with 4.1.2's amended
    figure changed (2.233.296.000 -> 2.233.269.000) GEN001 says 4.1 and GEN004 the row's change. Before, a code of
    more than eight segments was no code: no parent was checked."""
    from helpers import changed_copy

    path = changed_copy(tmp_path, WILD / "bima-dinkes-apbd-perubahan" / "laporan.md",
                        "<td>2.233.296.000,00</td>", "<td>2.233.269.000,00</td>")
    found = sorted((f.rule_id, f.location.cell, f.expected) for f in audit.run(path, suggest=False).findings
                   if f.rule_id.startswith("GEN"))
    assert [(r, c) for r, c, _ in found] == [("GEN001", "D5"), ("GEN004", "E6"), ("GEN004", "F6")]
    assert found[0][2] == 9_894_697_780


def test_a_row_of_shares_under_a_total_row_is_checked_as_shares(tmp_path):
    """The BPPT Jawa Barat table prints, under its TOTAL row, a `%` row of each outlet's share of the 2.470 permits
    (1864 / 2470 = 75,47%, ..., 100,00% under TOTAL): consistent as printed. With one share changed (Bogor's
    75,47% as 75,74%), GEN002 says that cell, its share of the TOTAL row, 75,47% (before: the row was added up
    as figures and GEN001 blamed the TOTAL column's 100,00% for the sum, 100,27); a count changed (Bogor's
    Perpanjangan Izin AKDP 772 as 777) is named at its cell by its row and column totals, the shares untouched."""
    from helpers import changed_copy

    doc = WILD / "bppt-jabar-perizinan-gerai" / "laporan.md"
    path = changed_copy(tmp_path, doc, "<td>75,47%</td>", "<td>75,74%</td>")
    found = [(f.rule_id, f.location.cell, round(f.expected, 2)) for f in audit.run(path, suggest=False).findings
             if f.rule_id.startswith("GEN")]
    assert found == [("GEN002", "E14", 75.47)]
    (tmp_path / "count").mkdir()
    path = changed_copy(tmp_path / "count", doc, "<td>772</td>", "<td>777</td>")
    found = [(f.rule_id, f.location.cell, f.expected) for f in audit.run(path, suggest=False).findings
             if f.rule_id.startswith("GEN")]
    assert found == [("GEN001", "E3", 772.0)]


def test_an_unread_table_like_no_kind_is_sent_to_no_kind(results):
    """BPPT Jawa Barat's permits by outlet are read by no kind, and no kind is near: the best of them matched only
    its `NO` and `TOTAL` columns, which every kind has. The hint names no kind and proposes no mapping (before: the
    village coaching table, `"JENIS PERIZINAN" = "aktivitas"`, which would have read permits as village visits)."""
    [unread] = [f for f in results["bppt-jabar-perizinan-gerai"].findings if f.rule_id == "DOC001"]
    text = unread.text("en")
    assert "its kind was not recognised" in text
    assert "closest" not in text and "add to audit.toml" not in text


def test_an_index_per_quarter_is_no_action_plan(results):
    """Ditjen Minerba prints its service satisfaction index per quarter (`TW I` ... `TW IV` under `Tahun 2019`) beside
    `Jenis Layanan`: the quarters alone are one measure per period and name no row, so the table is no action plan
    whose items went unread (before: read as `rencana_aksi`, INPUT003 for its missing `uraian`, nothing checked but
    the table counted as read). It is said unread (DOC001)."""
    found = [f.rule_id for f in results["minerba-ikl"].findings if f.rule_id != "DOC010"]
    assert found == ["DOC001"] and not results["minerba-ikl"].tables_read
    # nor is the reviewer sent to map it as one: an action plan holds one year, the index is printed for two (before:
    # `closest: rencana_aksi` and `"Jenis Layanan" = "uraian"`, which read it so with `Tahun 2020` left unread)
    [unread] = [f for f in results["minerba-ikl"].findings if f.rule_id == "DOC001"]
    assert "rencana_aksi" not in unread.text("en") and "audit.toml" not in unread.text("en")


def test_a_realisation_against_the_medium_term_target_is_its_own_table(results):
    """Pengadilan Agama Demak prints its realisation and capaian 2020-2023, then its realisation so far against
    the `Target Jangka Menengah`: the second is `kinerja_renstra` (its target `target_akhir`), not a second copy
    of the yearly table (before: merged into `kinerja_tahunan`, two false SCHEMA001 errors for the indicator's
    2023 printed twice)."""
    from audit import api

    tables = api.read(str(WILD / "pa-demak-posbakum" / "laporan.md")).tables
    renstra = tables["kinerja_renstra"].values
    assert renstra[["tahun", "realisasi", "target_akhir"]].values.tolist() == [[2023.0, 100.0, 100.0]]
    assert renstra["target"].isna().all() and len(tables["kinerja_tahunan"].values) == 4


def test_a_capaian_printed_as_a_dash_is_not_computed_not_zero(results, tmp_path):
    """Kulon Progo's water quality index: realisation 62 against a target of 0,79 (another scale), its capaian
    printed `-`: not stated, so nothing to recompute (before, read as 0%: RATIO014 and RATIO018 said 0% against
    7.848%). The air index's 100,36 is recomputed; printed 103,06 it is found at its cell, the dash still not."""
    from helpers import changed_copy

    from audit import api

    assert not [f for f in results["klh-kulon-progo-iku"].findings if f.rule_id.startswith("RATIO")]
    values = api.read(str(WILD / "klh-kulon-progo-iku" / "laporan.md")).tables["kinerja_renstra"].values
    assert values.loc[values.tahun == 2016, ["indikator", "target", "realisasi"]].values.tolist() == [
        ["Indeks Kualitas Udara", 97.72, 98.07], ["Indeks Kualitas Air", 0.79, 62.0]]
    # the Renstra's end target (its header's 2016 the Renstra's last year) and the capaian against it: 2016 alone
    assert values.loc[values.target_akhir.notna(), ["tahun", "target_akhir"]].values.tolist() == [[2016, 97.72],
                                                                                                 [2016, 0.79]]
    assert values.capaian_akhir.dropna().tolist() == [100.36, 0.0]  # the water index's `-`, left by the ratio rules
    path = changed_copy(tmp_path, WILD / "klh-kulon-progo-iku" / "laporan.md", "<td>98,07</td><td>100,36</td>",
                        "<td>98,07</td><td>103,06</td>")
    found = [(f.rule_id, f.row_label, f.actual) for f in audit.run(path, suggest=False).findings
             if f.rule_id.startswith("RATIO")]
    assert {rule for rule, _, _ in found} >= {"RATIO014"}
    assert all("Udara" in str(label) and actual == 103.06 for _, label, actual in found)


def test_a_capaian_whose_header_was_lost_is_checked(results, tmp_path):
    """The RKPD table's unheaded capaian is read by its figures: as printed it agrees; 61,08 misprinted is found."""
    assert not [f for f in results["dishub-batang"].findings if f.rule_id == "DOC003"]
    for f in (WILD / "dishub-batang").iterdir():
        shutil.copy(f, tmp_path / f.name)
    path = tmp_path / "laporan.md"
    path.write_text(path.read_text(encoding="utf-8").replace("<td>61,08</td>", "<td>71,08</td>"), encoding="utf-8")
    assert [f.rule_id for f in audit.run(str(path)).findings if f.severity.value == "error"] == ["RATIO014"]
