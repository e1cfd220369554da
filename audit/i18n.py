"""The one catalogue: every word the tool says, in Indonesian (default) and English.

Rule messages live beside their rules in the YAML packs; everything else is here:
input problems, the engine's findings, fix reasons, and the words of every output
(terminal, Markdown, HTML, working paper, batch, CLI). Findings keep a key and its
parameters (`audit.message`); an output says them in its language with `t`.
"""
from __future__ import annotations

LANGS = ("id", "en")

MESSAGES: dict[str, dict[str, str]] = {
    # input errors (exit code 2)
    "path_missing": {"id": "berkas atau folder tidak ditemukan", "en": "file or folder not found"},
    "unsupported_input": {
        "id": "jenis masukan tidak didukung (gunakan folder CSV + report.yaml, .xlsx, atau dokumen .md/.docx/.pdf)",
        "en": "unsupported input (use a folder of CSV files + report.yaml, an .xlsx workbook, "
              "or a .md/.docx/.pdf document)",
    },
    # documents (markdown, DOCX, PDF)
    "unreadable_file": {"id": "berkas tidak dapat dibaca: {detail}", "en": "cannot read the file: {detail}"},
    "not_text_document": {"id": "bukan dokumen markdown (berisi data biner)",
                          "en": "not a markdown document (it holds binary data)"},
    "bad_html_table": {"id": "tabel HTML tidak dapat dibaca: {detail}", "en": "cannot read the HTML table: {detail}"},
    "document_no_agency": {"id": "nama instansi tidak ditemukan di dokumen; tuliskan 'agency:' di {sidecar}",
                           "en": "the agency's name was not found in the document; write 'agency:' in {sidecar}"},
    "document_no_year": {"id": "tahun laporan tidak ditemukan di dokumen; tuliskan 'year:' di {sidecar}",
                         "en": "the report year was not found in the document; write 'year:' in {sidecar}"},
    "whole_report": {"id": "laporan secara keseluruhan", "en": "the report as a whole"},
    "extract_title": {"id": "Ekstraksi tabel dari {name}", "en": "Tables extracted from {name}"},
    "extract_read": {"id": "dibaca", "en": "read"},
    "extract_scale": {"id": "skala predikat laporan (dibaca sebagai skala)", "en": "the report's predikat scale (read as the scale)"},
    "extract_copy": {"id": "salinan, tidak dibaca dua kali", "en": "a copy, not read twice"},
    "extract_unrecognised": {"id": "TIDAK DIKENALI (berisi angka, tidak diperiksa)",
                             "en": "NOT RECOGNISED (holds figures, not checked)"},
    "extract_no_figures": {"id": "tabel teks (tanpa angka)", "en": "text table (no figures)"},
    "extract_closest": {"id": "terdekat: {kind}, tetapi hanya {n} kolom cocok ({columns})",
                        "en": "closest: {kind}, but only {n} column(s) match ({columns})"},
    "extract_no_header": {"id": "tidak ada judul kolom yang dikenal", "en": "no known column header"},
    "extract_continues": {"id": "lanjutan {table}", "en": "continues {table}"},
    "extract_realigned": {"id": "judul kolom disejajarkan kembali dengan isinya",
                          "en": "headers re-aligned with their columns"},
    "note_nested_table": {"id": "tabel ke-{n} baris {row} kolom {col}: tabel di dalam sel digabung menjadi teks sel",
                          "en": "table #{n} row {row} column {col}: a table nested in the cell was flattened into "
                                "the cell's text"},
    "note_pages_no_text": {"id": "halaman tanpa lapisan teks (hasil pindai? perlu OCR): {pages}",
                           "en": "pages without a text layer (scanned? needs OCR): {pages}"},
    "note_unruled_tables": {"id": "hlm. {page}: {n} tabel tanpa garis dibaca dari letak kata-katanya; periksa kolomnya",
                            "en": "page {page}: {n} table(s) without ruling lines read from the alignment of their "
                                  "words; check their columns"},
    "note_column_ruled_tables": {"id": "hlm. {page}: {n} tabel bergaris kolom tanpa garis baris dibaca dari baris "
                                       "kata-katanya; periksa barisnya",
                                 "en": "page {page}: {n} table(s) with column lines but no row lines read from the "
                                       "lines of their words; check their rows"},
    "extract_notes": {"id": "Catatan pembaca dokumen", "en": "Reader notes"},
    "page_at": {"id": "hlm. {page}", "en": "page {page}"},  # a PDF page in a place: `Tabel #7!C5 hlm. 12`
    "doc_reader_note": {"id": "catatan pembaca dokumen: {note}", "en": "document reader note: {note}"},
    "extract_col_table": {"id": "tabel", "en": "table"},
    "extract_col_where": {"id": "letak", "en": "where"},
    "extract_col_caption": {"id": "judul", "en": "caption"},
    "extract_col_status": {"id": "hasil", "en": "result"},
    "extract_col_kind": {"id": "tabel kanonik", "en": "canonical table"},
    "extract_col_rows": {"id": "baris", "en": "rows"},
    "extract_col_ignored": {"id": "kolom tidak dibaca", "en": "columns not read"},
    "extract_summary": {"id": "{read} dibaca, {copy} salinan, {unrecognised} tidak dikenali, {text} tabel teks",
                        "en": "{read} read, {copy} copies, {unrecognised} not recognised, {text} text tables"},
    "extracted": {"id": "{n} tabel kanonik ditulis ke {path}; log: {log}",
                  "en": "{n} canonical tables written to {path}; log: {log}"},
    "extract_needs_document": {"id": "audit extract membaca dokumen (.md, .docx, .pdf)",
                               "en": "audit extract reads a document (.md, .docx, .pdf)"},
    "match_read_as": {"id": "kolom yang dibaca sebagai {column} di {table} tampaknya berisi {other}: {agree} dari "
                            "{of} baris sama dengan {other} di {other_table}, tidak dengan {column}-nya; dibandingkan "
                            "sebagai {other} (judul kolomnya tidak membedakan keduanya)",
                      "en": "the column read as {column} in {table} seems to hold {other}: {agree} of {of} rows equal "
                            "the {other} in {other_table}, not its {column}; compared as {other} (the column's header "
                            "does not tell the two apart)"},
    "hint_read_as": {"id": "kolom {column} tabel ini berisi {other} (lihat catatannya): dibandingkan dengan {other}",
                     "en": "this table's {column} column holds {other} (see its note): compared with {other}"},
    "doc_not_lkjip": {"id": "dokumen ini {kind}, bukan LKjIP: bab yang diwajibkan PermenPANRB 53/2014 untuk LKjIP "
                            "tidak diperiksa",
                      "en": "this document is {kind}, not an LKjIP: the chapters PermenPANRB 53/2014 requires of an "
                            "LKjIP are not checked"},
    "doc_tables_only": {"id": "dokumen ini hanya memuat tabel ({n}), tanpa teks atau judul bab: bab yang diwajibkan "
                               "PermenPANRB 53/2014 untuk LKjIP tidak diperiksa (formulir atau lampiran?)",
                        "en": "this document holds tables only ({n}), no text or chapter heading: the chapters "
                              "PermenPANRB 53/2014 requires of an LKjIP are not checked (a form or an annex?)"},
    "doc_kind_pk": {"id": "Perjanjian Kinerja", "en": "a performance agreement (Perjanjian Kinerja)"},
    "doc_kind_lkpj": {"id": "LKPJ (Laporan Keterangan Pertanggungjawaban)",
                      "en": "an LKPJ (a head of region's accountability report)"},
    "doc_kind_rkpd": {"id": "Rencana Kerja Pemerintah Daerah (RKPD)", "en": "a region's yearly work plan (RKPD)"},
    "doc_kind_renja": {"id": "Rencana Kerja (Renja)", "en": "a yearly work plan (Renja)"},
    "doc_kind_renstra": {"id": "Rencana Strategis (Renstra)", "en": "a strategic plan (Renstra)"},
    "doc_kind_lppd": {"id": "LPPD (Laporan Penyelenggaraan Pemerintahan Daerah)",
                      "en": "a report on the region's government (LPPD)"},
    "doc_kind_lk": {"id": "Laporan Keuangan", "en": "financial statements (Laporan Keuangan)"},
    "doc_chapter_missing": {"id": "bab '{name}' yang diwajibkan PermenPANRB 53/2014 tidak ditemukan",
                            "en": "chapter '{name}' required by PermenPANRB 53/2014 was not found"},
    "doc_table_number_gap": {"id": "Tabel {n} menyusul Tabel {prev}: nomor {missing} terlewat",
                             "en": "Tabel {n} follows Tabel {prev}: number(s) {missing} skipped"},
    "doc_table_number_repeat": {"id": "Tabel {n} menyusul Tabel {prev}: nomor tabel berulang atau mundur",
                                "en": "Tabel {n} follows Tabel {prev}: table numbers repeat or go back"},
    "doc_subject_year": {"id": "kalimat tentang kinerja atau anggaran menyebut '{text}', bukan tahun laporan {year}",
                         "en": "a sentence about performance or budget says '{text}', not the report year {year}"},
    "doc_period_year": {"id": "periode '{text}' tidak sesuai tahun laporan {year}",
                        "en": "period '{text}' does not match the report year {year}"},
    "doc_nip_invalid": {"id": "NIP {nip} ({name}) tidak valid: {why}", "en": "NIP {nip} ({name}) is not valid: {why}"},
    "nip_length": {"id": "bukan 18 angka", "en": "not 18 digits"},
    "nip_birth": {"id": "tanggal lahir (8 angka pertama) bukan tanggal", "en": "the birth date (first 8 digits) is not a date"},
    "nip_appointment": {"id": "bulan/tahun pengangkatan (angka 9-14) tidak mungkin",
                        "en": "the appointment year/month (digits 9-14) is impossible"},
    "nip_sex": {"id": "angka jenis kelamin (ke-15) bukan 1 atau 2", "en": "the sex digit (15th) is not 1 or 2"},
    "doc_head_name": {"id": "nama penanda tangan '{name}' berbeda dari nama kepala '{head}' dengan NIP yang sama",
                      "en": "signatory '{name}' differs from the head '{head}' with the same NIP"},
    "doc_head_name_typo": {"id": "nama penanda tangan '{name}' salah ketik dari nama kepala '{head}' (NIP sama)",
                           "en": "signatory '{name}' misspells the head's name '{head}' (same NIP)"},
    "doc_head_nip": {"id": "NIP {nip} ({name}) hampir sama dengan NIP kepala {head_nip} ({head}): salah ketik?",
                     "en": "NIP {nip} ({name}) nearly equals the head's NIP {head_nip} ({head}): a misprint?"},
    # a value the text states is quoted as written ('88,89%'), whatever the reader's language
    "claim_amount": {"id": "'{text}' yang disebut di teks tidak ada di tabel anggaran (terdekat: {nearest})",
                     "en": "'{text}' stated in the text is in no budget table (nearest: {nearest})"},
    "claim_amount_absent": {"id": "'{text}' yang disebut di teks tidak ada di tabel anggaran yang terbaca ({tables}) "
                                  "dan bukan jumlahnya",
                            "en": "'{text}' stated in the text is in none of the budget tables read ({tables}) and is "
                                  "not their sum"},
    "claim_amount_absent_unread": {"id": "'{text}' yang disebut di teks tidak ada di tabel anggaran yang terbaca "
                                         "({tables}) dan bukan jumlahnya; {unread} tabel berangka tidak terbaca, "
                                         "mungkin ada di sana",
                                   "en": "'{text}' stated in the text is in none of the budget tables read ({tables}) "
                                         "and is not their sum; {unread} tables of figures were not read and may "
                                         "hold it"},
    "claim_share": {"id": "persentase '{text}' di teks; '{part}' dari '{base}' adalah {value}%",
                    "en": "the text states '{text}'; '{part}' of '{base}' is {value}%"},
    "claim_predikat": {"id": "teks menyebut '{text}' '{label}', padahal menurut skala laporan '{band}'",
                       "en": "the text calls '{text}' '{label}', but the report's scale says '{band}'"},
    "claim_achieved": {"id": "teks menyebut '{text}', padahal menurut tabel {table} {n} dari {m} indikator mencapai target",
                       "en": "the text says '{text}', but by table {table} {n} of {m} indicators reached their target"},
    "claim_count": {"id": "teks menyebut '{text}', padahal tabel {table} memuat {n}",
                    "en": "the text says '{text}', but table {table} lists {n}"},
    "claim_headcount": {"id": "teks menyebut '{text}', padahal jumlah pegawai di tabel {tables} adalah {n}",
                        "en": "the text says '{text}', but the staff tables ({tables}) total {n}"},
    # generic checks on tables of no known kind (audit/rules/kinds/generic.py)
    "generic_total": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal jumlah {n} baris "
                            "rinciannya {expected}",
                      "en": "{where}: row '{label}' column '{column}' reads {actual}, but its {n} part rows add up "
                            "to {expected}"},
    "generic_parent": {"id": "{where}: baris induk '{label}' kolom '{column}' tertulis {actual}, padahal jumlah {n} "
                             "baris rinciannya {expected}",
                       "en": "{where}: parent row '{label}' column '{column}' reads {actual}, but its {n} child rows "
                             "add up to {expected}"},
    "generic_column": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal {parts} = "
                             "{expected}",
                       "en": "{where}: row '{label}' column '{column}' reads {actual}, but {parts} = {expected}"},
    "generic_cell": {"id": "{where}: sel baris '{label}' kolom '{column}' tertulis {actual}; jumlah baris dan jumlah "
                           "kolomnya ({parts}) sama-sama selisih karenanya: seharusnya {expected}",
                     "en": "{where}: the cell in row '{label}' column '{column}' reads {actual}; both its row and "
                           "column totals ({parts}) are off by it: it should be {expected}"},
    "generic_part": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}; jumlahnya di baris {parts} "
                           "dan persentase barisnya sama-sama menunjuk {expected}",
                     "en": "{where}: row '{label}' column '{column}' reads {actual}; its total in row {parts} and "
                           "its row's percentage both point to {expected}"},
    "generic_percent": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal {parts} = "
                              "{expected}",
                        "en": "{where}: row '{label}' column '{column}' reads {actual}, but {parts} = {expected}"},
    "generic_hint_capped": {"id": "tidak ada nilai tercetak di atas {cap}: capaian tampaknya dibatasi {cap}; nyatakan "
                                  "batas itu di teks atau cetak capaian sebenarnya",
                            "en": "nothing is printed above {cap}: the capaian looks capped at {cap}; state the cap in "
                                  "the text or print the real capaian"},
    "generic_hint_cut": {"id": "nilainya {value} dipotong pada desimal tercetak, bukan dibulatkan ({rounded})",
                         "en": "its value {value} cut at the printed decimals, not rounded ({rounded})"},
    "generic_formula": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal rumus yang "
                              "tercetak di tabel ({parts}) memberi {expected}",
                        "en": "{where}: row '{label}' column '{column}' reads {actual}, but the formula the table "
                              "prints ({parts}) gives {expected}"},
    "generic_difference": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal selisih {parts} "
                                 "= {expected}",
                           "en": "{where}: row '{label}' column '{column}' reads {actual}, but the difference {parts} = "
                                 "{expected}"},
    "generic_difference_sign": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, bertanda terbalik "
                                      "dari baris lain di bagian tabelnya ({parts}: {expected})",
                                "en": "{where}: row '{label}' column '{column}' reads {actual}, the sign opposite to the "
                                      "other rows of its part of the table ({parts}: {expected})"},
    "generic_growth": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal kenaikannya "
                             "{parts} = {expected}",
                       "en": "{where}: row '{label}' column '{column}' reads {actual}, but the growth {parts} = "
                             "{expected}"},
    "generic_share": {"id": "{where}: baris '{label}' kolom '{column}' tertulis {actual}, padahal bagiannya dari baris "
                            "'{total}' ({parts}) = {expected}",
                      "en": "{where}: row '{label}' column '{column}' reads {actual}, but its share of row '{total}' "
                            "({parts}) = {expected}"},
    "generic_staff": {"id": "{where}: jumlah pegawai (baris '{label}', kolom '{column}') tertulis {actual}, padahal "
                            "{others} mencatat {expected}",
                      "en": "{where}: the headcount (row '{label}', column '{column}') reads {actual}, but "
                            "{others} count {expected}"},
    "doc_table_unrecognised": {
        "id": "tidak diperiksa penuh: tabel ke-{n} dokumen ({caption}) berisi angka tetapi jenisnya tidak dikenali; "
              "hanya jumlah dan persentasenya (serta kolom selisihnya) yang diperiksa, tidak dibandingkan dengan tabel "
              "lain (celah cakupan "
              "audit, bukan kesalahan laporan){hint}",
        "en": "not fully checked: the document's table #{n} ({caption}) holds figures but its kind was not "
              "recognised; only its totals and percentages (and any difference column) are checked, not compared with "
              "other tables (a gap "
              "in the audit's coverage, not a fault of the report){hint}"},
    "doc_columns_unchecked": {
        "id": "tabel ke-{n} dokumen ({caption}) dibaca sebagai {kind}, tetapi kolom berangka {headers} tidak dibaca dan "
              "tidak diperiksa (celah cakupan audit, bukan kesalahan laporan); bila kolom itu salah satu kolom {kind}, "
              "petakan di audit.toml: [columns.{kind}]",
        "en": "table {n} of the document ({caption}) was read as {kind}, but its columns of figures {headers} were not "
              "read nor checked (a gap in the audit's coverage, not a fault of the report); if one is a column of "
              "{kind}, map it in audit.toml: [columns.{kind}]"},
    "doc_table_closest": {"id": "; terdekat: {kind}", "en": "; closest: {kind}"},
    "columns_unchecked": {
        "id": "kolom berangka {columns} tabel {table} dibaca, tetapi tidak ada aturan yang berjalan membacanya: "
              "angkanya tidak diperiksa (celah cakupan audit, bukan kesalahan laporan); aturan yang membacanya "
              "tidak berjalan ({rules})",
        "en": "the figure columns {columns} of table {table} were read, but no rule that ran reads them: their "
              "figures were not checked (a gap in the audit's coverage, not a fault of the report); the rules "
              "that read them did not run ({rules})"},
    "columns_no_rule": {"id": "kolom berangka yang dibaca tetapi tidak dibaca aturan mana pun (hanya model tabelnya "
                                "yang memeriksanya: angka, dalam rentangnya): {ids}",
                          "en": "figure columns read that no rule reads (only their table model checks them: a figure, "
                                "in its range): {ids}"},
    "cover_why_rows": {"id": "tanpa baris: {ids}", "en": "without rows: {ids}"},
    "cover_why_columns": {"id": "tanpa kolomnya: {ids}", "en": "without their columns: {ids}"},
    "cover_why_table": {"id": "tanpa tabel: {ids}", "en": "without tables: {ids}"},
    "cover_why_document": {"id": "tanpa dokumen: {ids}", "en": "without a document: {ids}"},
    "doc_table_comparison": {
        "id": "; tabel ini membandingkan nilai yang sama antartahun ({years}): tidak ada jenis tabel yang membacanya "
              "sebagai perbandingan (jumlah, selisih, dan kenaikan/penurunannya tetap diperiksa)",
        "en": "; it compares the same amounts across years ({years}): no table kind reads it as a comparison (its "
              "totals, differences and growth are still checked)"},
    "doc_table_versions": {
        "id": "; tabel ini membandingkan anggaran sebelum dan sesudah perubahan ({columns}) tanpa realisasinya: tidak "
              "ada jenis tabel yang membacanya sebagai perbandingan (jumlah, selisih, dan kenaikan/penurunannya tetap "
              "diperiksa)",
        "en": "; it compares a budget before and after its amendment ({columns}), nothing realised: no table kind "
              "reads it as a comparison (its totals, differences and growth are still checked)"},
    "doc_table_mapping": {"id": "; agar terbaca, tambahkan di audit.toml: [columns.{kind}] {lines}",
                          "en": "; to read it, add to audit.toml: [columns.{kind}] {lines}"},
    "doc_column_unread": {
        "id": " (tidak diperiksa, bukan kesalahan laporan); judul kolom yang tidak terbaca: {headers}; "
              "petakan di audit.toml: [columns.{kind}] \"<judul kolom>\" = \"{column}\"",
        "en": " (not checked, not a fault of the report); headers not read: {headers}; "
              "map one in audit.toml: [columns.{kind}] \"<header>\" = \"{column}\""},
    "extract_mapping": {"id": "Pemetaan kolom untuk audit.toml", "en": "Column mapping for audit.toml"},
    "extract_mapping_why": {
        "id": "Cara judul kolom dokumen ini dibaca. Salin ke audit.toml untuk mengunci atau membetulkan "
              "pemetaan; baris bertanda # adalah usulan untuk tabel yang tidak dikenali.",
        "en": "How this document's headers were read. Copy into audit.toml to pin or correct the mapping; "
              "lines marked # are suggestions for tables that were not recognised."},
    "coverage_line": {"id": "Diperiksa: {read}/{found} tabel berangka ({percent}) · {run} aturan",
                      "en": "Checked: {read}/{found} numeric tables ({percent}) · {run} rules"},
    "coverage_not_run": {"id": " ({parts})", "en": " ({parts})"},
    "coverage_skipped": {"id": "+{n} tanpa tabel", "en": "+{n} without tables"},
    "coverage_lacking": {"id": "+{n} tanpa kolomnya", "en": "+{n} without their columns"},
    "coverage_no_document": {"id": "+{n} tanpa dokumen", "en": "+{n} without a document"},
    "coverage_without_rows": {"id": "+{n} tanpa baris", "en": "+{n} without rows"},
    "coverage_below": {"id": "cakupan {percent} di bawah batas --min-coverage {limit}",
                       "en": "coverage {percent} is below --min-coverage {limit}"},
    "no_report_yaml": {"id": "report.yaml tidak ada di folder", "en": "report.yaml is missing from the folder"},
    "no_report_sheet": {"id": "sheet 'report' tidak ada di workbook", "en": "the workbook has no 'report' sheet"},
    "bad_yaml": {"id": "YAML tidak valid: {detail}", "en": "invalid YAML: {detail}"},
    "bad_metadata": {"id": "metadata tidak valid: {detail}", "en": "invalid metadata: {detail}"},
    "bad_workbook": {"id": "workbook tidak dapat dibaca: {detail}", "en": "cannot read workbook: {detail}"},
    "bad_csv": {"id": "CSV tidak dapat dibaca: {detail}", "en": "cannot read CSV: {detail}"},
    "output_exists": {"id": "berkas keluaran sudah ada (pakai --force untuk menimpa)",
                      "en": "the output already exists (use --force to replace it)"},
    "output_is_input": {"id": "keluaran tidak boleh sama dengan masukan {input}",
                        "en": "the output must not be the input {input}"},
    "output_inside_input": {"id": "keluaran tidak boleh berada di dalam masukan {input}",
                            "en": "the output must not lie inside the input {input}"},
    "output_holds_input": {"id": "keluaran tidak boleh memuat masukan {input} (menimpanya akan menghapus masukan)",
                           "en": "the output must not contain the input {input} (replacing it would delete the input)"},
    "output_not_ours": {"id": "folder ini tidak ditulis lkjip-audit (tidak ada penanda {marker}); --force hanya "
                              "menimpa folder keluaran lkjip-audit",
                        "en": "this folder was not written by lkjip-audit (no {marker} marker); --force replaces "
                              "only folders lkjip-audit wrote"},
    "output_is_folder": {"id": "sudah ada folder di sini; keluaran berupa berkas tidak pernah menimpa folder",
                         "en": "a folder is there; a file output never replaces a folder"},
    "output_not_folder": {"id": "sudah ada berkas di sini; keluaran berupa folder tidak menimpa berkas",
                          "en": "a file is there; a folder output does not replace a file"},
    "output_not_file": {"id": "bukan berkas biasa (pipa atau perangkat); tidak ditimpa",
                        "en": "not a regular file (a pipe or a device); not replaced"},
    "output_twice": {"id": "dua keluaran ditulis ke berkas yang sama", "en": "two outputs would be written to this one file"},
    "output_is_cwd": {"id": "keluaran tidak boleh folder kerja saat ini atau folder di atasnya ({cwd}); menimpanya "
                            "akan menghapus folder tempat Anda bekerja",
                      "en": "the output must not be the current folder or a folder above it ({cwd}); replacing it "
                            "would delete the folder you are working in"},
    "fix_note": {"id": "lkjip-audit: {old} → {new}. {reason}", "en": "lkjip-audit: {old} → {new}. {reason}"},
    # audit fix --apply into the agency's own document (audit/repair/corrected.py)
    "fix_comment_rules": {"id": "lkjip-audit, aturan {rules}:", "en": "lkjip-audit, rule(s) {rules}:"},
    "fix_comment_change": {"id": "Tertulis {old}, diubah menjadi {new}; {reason}.",
                           "en": "Was {old}, changed to {new}; {reason}."},
    "fix_not_written": {"id": "{cell}: sel ini tidak ditemukan dengan pasti di dokumen (tertulis '{old}'); tidak diubah",
                        "en": "{cell}: this cell was not found for certain in the document (it reads '{old}'); "
                              "left unchanged"},
    "fix_pdf": {"id": "PDF tidak dapat dikoreksi: tidak ada yang ditulis ke berkas ini, daftar perbaikannya dicetak "
                      "sebagai gantinya. Tabel kanonik yang dikoreksi: audit fix {source} --apply -o perbaikan.xlsx",
                "en": "a PDF cannot be corrected: nothing was written to this file, the fix listing is printed "
                      "instead. The corrected canonical tables: audit fix {source} --apply -o fixed.xlsx"},
    "fix_output_kind": {"id": "tidak dapat ditulis dari {source}: jenis keluaran --apply mengikuti ekstensinya "
                              "({allowed})",
                        "en": "cannot be written from {source}: the kind of an --apply output follows its "
                              "extension ({allowed})"},
    "fix_allowed_folder": {"id": "folder: salinan yang dikoreksi; .xlsx: tabel kanonik",
                           "en": "a folder: the corrected copy; .xlsx: the canonical tables"},
    "fix_allowed_workbook": {"id": ".xlsx: salinan yang dikoreksi; folder: tabel kanonik",
                             "en": ".xlsx: the corrected copy; a folder: the canonical tables"},
    "fix_allowed_docx": {"id": ".docx: dokumen Word yang dikoreksi; .xlsx atau folder: tabel kanonik",
                         "en": ".docx: the corrected Word document; .xlsx or a folder: the canonical tables"},
    "fix_allowed_markdown": {"id": ".md: markdown yang dikoreksi; .xlsx atau folder: tabel kanonik",
                             "en": ".md: the corrected markdown; .xlsx or a folder: the canonical tables"},
    "fix_allowed_tables": {"id": ".xlsx atau folder: tabel kanonik yang dikoreksi",
                           "en": ".xlsx or a folder: the corrected canonical tables"},
    "bad_plugin": {"id": "plugin '{name}' gagal dimuat: {detail}", "en": "plugin '{name}' failed to load: {detail}"},
    "bad_config": {"id": "konfigurasi tidak valid: {detail}", "en": "invalid configuration: {detail}"},
    "config_band": {"id": "setiap pita perlu 'label' (teks) dan 'min' (angka); tertulis min={min}, label={label}",
                    "en": "each band needs a 'label' (text) and a 'min' (a number); found min={min}, label={label}"},
    "config_unknown_name": {"id": "{key}: '{name}' tidak dikenal{hint}", "en": "{key}: '{name}' is not known{hint}"},
    "batch_interrupted": {"id": "dihentikan (Ctrl-C): {done} dari {total} laporan selesai; ringkasan memuat yang selesai",
                          "en": "interrupted (Ctrl-C): {done} of {total} reports finished; the summary holds those"},
    "bad_epoch": {"id": "'{value}' bukan waktu yang dapat dicatat di berkas .xlsx (paling lambat {limit}, tahun 2107)",
                  "en": "'{value}' is not a time an .xlsx file can record (at most {limit}, in the year 2107)"},
    "bad_baseline": {"id": "berkas pengecualian tidak valid: {detail}", "en": "invalid baseline file: {detail}"},
    "waiver_expired": {"id": "pengecualian kedaluwarsa sejak {date}", "en": "waiver expired on {date}"},
    "waiver_expired_finding": {"id": "pengecualian untuk {rule} kedaluwarsa sejak {date}; temuannya dihitung lagi",
                               "en": "the waiver for {rule} expired on {date}; its finding counts again"},
    "waiver_unused": {"id": "pengecualian untuk {rule} tidak cocok dengan temuan mana pun (sudah diperbaiki?)",
                      "en": "the waiver for {rule} matches no finding (fixed already?)"},
    "waiver_unknown_rule": {"id": "pengecualian untuk aturan '{rule}' yang tidak dikenal{hint}",
                            "en": "the waiver names rule '{rule}', which does not exist{hint}"},
    "waived": {"id": "dikecualikan", "en": "waived"},
    "waiver_todo": {"id": "ISI ALASAN", "en": "FILL IN THE JUSTIFICATION"},
    "baseline_written": {"id": "{n} temuan ditulis ke {path}; isi alasan setiap pengecualian",
                         "en": "{n} finding(s) written to {path}; fill in each justification"},
    "rule_pack": {"id": "paket aturan tidak valid: {detail}", "en": "invalid rule pack: {detail}"},
    "pack_yaml": {"id": "YAML tidak valid: {problem}", "en": "invalid YAML: {problem}"},
    "pack_rule": {"id": "aturan {rule}: {detail}", "en": "rule {rule}: {detail}"},
    "pack_unknown_kind": {"id": "aturan {rule}: jenis '{kind}' tidak dikenal{hint}",
                          "en": "rule {rule}: unknown kind '{kind}'{hint}"},
    "pack_unknown_table": {"id": "aturan {rule}: tabel '{table}' tidak dikenal{hint}",
                           "en": "rule {rule}: unknown table '{table}'{hint}"},
    "pack_unknown_column": {"id": "aturan {rule}: tabel '{table}' tidak punya kolom '{column}'{hint}",
                            "en": "rule {rule}: table '{table}' has no column '{column}'{hint}"},
    "pack_extends": {"id": "paket '{pack}' memperluas '{base}', yang belum dimuat sebelumnya{hint}",
                     "en": "pack '{pack}' extends '{base}', which is not loaded before it{hint}"},
    "pack_unknown_override": {"id": "mengubah aturan '{rule}' yang tidak dikenal{hint}",
                              "en": "override of unknown rule '{rule}'{hint}"},
    # `audit explain RULE_ID` and the examples of docs/rules.md
    "explain_kind": {"id": "Jenis", "en": "Kind"},
    "explain_severity": {"id": "Tingkat", "en": "Severity"},
    "explain_tables": {"id": "Tabel", "en": "Tables"},
    "explain_why": {"id": "Mengapa", "en": "Why"},
    "explain_defined_in": {"id": "Didefinisikan di", "en": "Defined in"},
    "explain_params": {"id": "Parameter", "en": "Parameters"},
    "explain_how": {"id": "Cara kerja", "en": "How it works"},
    "explain_examples": {"id": "Contoh", "en": "Examples"},
    "example_pass": {"id": "lolos", "en": "passes"},
    "example_fail": {"id": "gagal", "en": "fails"},
    "example_finding_at": {"id": "temuan di", "en": "finding at"},
    "example_line": {"id": "baris", "en": "line"},
    # ingest findings
    # ingest: unreadable, unsafe or oversized input (exit 2), and findings on one table
    "empty_file": {"id": "berkas kosong", "en": "the file is empty"},
    # ... these five are the {detail} of bad_workbook ("cannot read workbook: ...")
    "encrypted_workbook": {
        "id": "terenkripsi (dilindungi kata sandi) atau berformat .xls lama; buka di Excel/LibreOffice lalu "
              "simpan sebagai .xlsx tanpa kata sandi",
        "en": "it is encrypted (password-protected) or in the old .xls format; open it in "
              "Excel/LibreOffice and save it as .xlsx without a password",
    },
    "not_xlsx": {"id": "isinya bukan .xlsx; buka di Excel/LibreOffice lalu simpan sebagai .xlsx",
                 "en": "its content is not .xlsx; open it in Excel/LibreOffice and save it as .xlsx"},
    "corrupt_workbook": {"id": "rusak atau terpotong ({detail}); simpan ulang atau salin lagi berkasnya",
                         "en": "it is damaged or truncated ({detail}); save or copy it again"},
    # documents: bad_docx / bad_pdf take a {detail} (corrupt_workbook, zip_too_large, zip_bomb read for any zip)
    "bad_docx": {"id": "DOCX tidak dapat dibaca: {detail}", "en": "cannot read DOCX: {detail}"},
    "encrypted_docx": {
        "id": "terenkripsi (dilindungi kata sandi) atau berformat .doc lama; buka di Word/LibreOffice lalu "
              "simpan sebagai .docx tanpa kata sandi",
        "en": "it is encrypted (password-protected) or in the old .doc format; open it in Word/LibreOffice "
              "and save it as .docx without a password",
    },
    "not_docx": {"id": "isinya bukan .docx; buka di Word/LibreOffice lalu simpan sebagai .docx",
                 "en": "its content is not .docx; open it in Word/LibreOffice and save it as .docx"},
    "bad_pdf": {"id": "PDF tidak dapat dibaca: {detail}", "en": "cannot read PDF: {detail}"},
    "encrypted_pdf": {"id": "terenkripsi (dilindungi kata sandi); simpan atau cetak ulang sebagai PDF tanpa kata sandi",
                      "en": "it is encrypted (password-protected); save or print it again as a PDF without a password"},
    "not_pdf": {"id": "isinya bukan PDF", "en": "its content is not a PDF"},
    "pdf_no_text": {
        "id": "PDF tidak memiliki lapisan teks (hasil pindai, {pages} halaman); perlu OCR dulu (mis. ocrmypdf), "
              "lalu periksa lagi hasilnya",
        "en": "the PDF has no text layer (a scan, {pages} page(s)); it needs OCR first (e.g. ocrmypdf), "
              "then check the result again",
    },
    "zip_too_large": {
        "id": "isinya {size} MB setelah diekstrak, melebihi batas {limit} MB; ditolak sebelum dibaca "
              "(naikkan max_unzipped_mb di audit.toml bila memang wajar)",
        "en": "it unzips to {size} MB, over the limit of {limit} MB; refused before reading "
              "(raise max_unzipped_mb in audit.toml if it is genuine)",
    },
    "zip_bomb": {"id": "bagian ini mengembang {ratio}:1 menjadi {size} MB, kemungkinan bom zip; ditolak sebelum dibaca",
                 "en": "this part expands {ratio}:1 to {size} MB, likely a zip bomb; refused before reading"},
    # files the tool opens (audit/ingest/limits.py): checked before opening
    "not_regular": {"id": "bukan berkas biasa, melainkan {what}; tidak dibuka",
                    "en": "not a regular file but {what}; not opened"},
    "kind_folder": {"id": "sebuah folder", "en": "a folder"},
    "kind_fifo": {"id": "sebuah pipa bernama (FIFO)", "en": "a named pipe (FIFO)"},
    "kind_device": {"id": "sebuah perangkat", "en": "a device"},
    "kind_special": {"id": "berkas khusus", "en": "a special file"},
    "kind_dangling": {"id": "tautan ke berkas yang tidak ada", "en": "a link to a file that does not exist"},
    "kind_loop": {"id": "tautan yang berputar", "en": "a link that loops"},
    "link_outside": {"id": "tautan ke luar folder {folder} ({target}); tidak dibaca",
                     "en": "a link out of the folder {folder} ({target}); not read"},
    "yaml_too_big": {"id": "YAML mengembang menjadi lebih dari {limit} simpul (alias bersarang); ditolak",
                     "en": "the YAML expands to more than {limit} nodes (nested aliases); refused"},
    "claims_long_paragraph": {"id": "paragraf di baris {line} lebih dari {limit} karakter; hanya bagian awalnya yang "
                                    "dibaca untuk angka",
                              "en": "the paragraph on line {line} is longer than {limit} characters; only its start was "
                                    "read for figures"},
    "claims_capped": {"id": "hanya {limit} angka pertama dari teks dokumen yang dibaca (batas max_claims); "
                            "sisanya tidak diperiksa",
                      "en": "only the first {limit} figures of the document's prose were read (the max_claims "
                            "limit); the rest was not checked"},
    "input_too_large": {"id": "berkas {size} MB melebihi batas {limit} MB (naikkan max_input_mb di audit.toml "
                              "bila memang wajar)",
                        "en": "the file is {size} MB, over the limit of {limit} MB (raise max_input_mb in "
                              "audit.toml if it is genuine)"},
    "too_many_rows": {"id": "tabel '{table}' lebih dari {limit} baris (naikkan max_rows di audit.toml bila "
                            "memang wajar)",
                      "en": "table '{table}' has more than {limit} rows (raise max_rows in audit.toml if it "
                            "is genuine)"},
    "too_many_pages": {"id": "PDF ini {pages} halaman, lebih dari {limit} (naikkan max_pages di audit.toml bila memang wajar)",
                       "en": "the PDF has {pages} pages, more than {limit} (raise max_pages in audit.toml if it is "
                             "genuine)"},
    "too_many_paragraphs": {"id": "dokumen lebih dari {limit} paragraf (naikkan max_paragraphs di audit.toml bila "
                                  "memang wajar)",
                            "en": "the document has more than {limit} paragraphs (raise max_paragraphs in audit.toml "
                                  "if it is genuine)"},
    "text_cut": {"id": "{n} paragraf atau sel lebih dari {limit} karakter (yang pertama berawal '{start}'); hanya "
                       "{limit} karakter pertama masing-masing yang dibaca",
                 "en": "{n} paragraphs or cells are longer than {limit} characters (the first begins '{start}'); "
                       "only the first {limit} characters of each were read"},
    "unused_strings": {"id": "tabel string bersama memuat lebih dari {spare} string di luar {cells} sel yang "
                              "dimiliki sheet-sheetnya (tidak ada sel yang menampilkannya); ditolak sebelum dibaca",
                       "en": "the shared-string table holds more than {spare} strings beyond the {cells} cells its "
                             "sheets have (no cell shows them); refused before reading"},
    "too_many_empty_rows": {"id": "workbook memuat lebih dari {limit} baris kosong berformat (baris tanpa sel); "
                                  "fix --apply harus memuat semuanya untuk menulis salinan yang dikoreksi; hapus "
                                  "baris-baris itu di Excel/LibreOffice, atau tulis tabel kanonik yang dikoreksi "
                                  "(-o FOLDER)",
                            "en": "the workbook holds more than {limit} formatted empty rows (rows without a cell); "
                                  "fix --apply would load them all to write the corrected copy; delete those rows "
                                  "in Excel/LibreOffice, or write the corrected canonical tables (-o FOLDER)"},
    "too_many_cells": {"id": "laporan lebih dari {limit} sel (naikkan max_cells di audit.toml bila memang wajar)",
                       "en": "the report has more than {limit} cells (raise max_cells in audit.toml if it "
                             "is genuine)"},
    "csv_file_given": {"id": "satu berkas CSV adalah satu tabel; periksa foldernya (yang berisi report.yaml)",
                       "en": "a CSV file is one table; check its folder (the one with report.yaml)"},
    "yaml_not_mapping": {"id": "report.yaml harus berisi pasangan 'kunci: nilai' (mis. 'year: 2023')",
                         "en": "report.yaml must hold 'key: value' pairs (e.g. 'year: 2023')"},
    "yaml_tag": {"id": "tag YAML '{tag}' tidak diizinkan: report.yaml hanya berisi data biasa",
                 "en": "YAML tag '{tag}' is not allowed: report.yaml holds plain data only"},
    "meta_missing": {"id": "'{key}' wajib diisi", "en": "'{key}' is required"},
    "meta_unknown": {"id": "kunci '{key}' tidak dikenal{hint}", "en": "unknown key '{key}'{hint}"},
    "meta_type": {"id": "'{key}' harus {expected}, bukan {value}", "en": "'{key}' must be {expected}, not {value}"},
    "meta_invalid": {"id": "'{key}' tidak valid ({detail})", "en": "'{key}' is not valid ({detail})"},
    "expect_int": {"id": "bilangan bulat", "en": "a whole number"},
    "expect_number": {"id": "angka", "en": "a number"},
    "expect_text": {"id": "teks", "en": "text"},
    "expect_list": {"id": "daftar", "en": "a list"},
    "expect_mapping": {"id": "pasangan 'kunci: nilai'", "en": "'key: value' pairs"},
    "expect_choice": {"id": "salah satu dari {choices}", "en": "one of {choices}"},
    "expect_bool": {"id": "true atau false", "en": "true or false"},
    "expect_date": {"id": "tanggal (TTTT-BB-HH)", "en": "a date (YYYY-MM-DD)"},
    "expect_at_least": {"id": "paling kecil {limit}", "en": "at least {limit}"},
    "expect_above": {"id": "lebih dari {limit}", "en": "more than {limit}"},
    "expect_at_most": {"id": "paling besar {limit}", "en": "at most {limit}"},
    "expect_below": {"id": "kurang dari {limit}", "en": "less than {limit}"},
    "not_text": {"id": "bukan berkas teks (berisi data biner)", "en": "not a text file (it holds binary data)"},
    "unreadable_table": {"id": "tabel '{name}' tidak dapat dibaca dan tidak diperiksa: {detail}",
                         "en": "table '{name}' cannot be read and was not checked: {detail}"},
    "empty_table": {"id": "tabel '{name}' kosong dan tidak diperiksa", "en": "table '{name}' is empty and was not checked"},
    "duplicate_table": {"id": "tabel '{name}' muncul lagi di sini; hanya yang pertama diperiksa",
                        "en": "table '{name}' appears again here; only the first is checked"},
    "file_not_csv": {"id": "berkas '{name}' tampaknya tabel '{table}' tetapi bukan .csv dan tidak dibaca; "
                           "simpan sebagai {table}.csv",
                     "en": "file '{name}' looks like table '{table}' but is not a .csv and was not read; "
                           "save it as {table}.csv"},
    "formula_no_value": {"id": "rumus tanpa nilai hasil hitung; buka dan simpan berkas di Excel/LibreOffice",
                         "en": "formula without a computed value; open and save the file in Excel/LibreOffice"},
    "more_formulas": {"id": "{n} sel rumus lain juga tanpa nilai hasil hitung",
                      "en": "{n} more formula cells have no computed value"},
    "rows_stopped": {"id": "pembacaan berhenti di baris {row} setelah {n} baris kosong berturut-turut; "
                           "isi di bawahnya tidak dibaca",
                     "en": "reading stopped at row {row} after {n} empty rows in a row; anything below was not read"},
    "more_unknown_columns": {"id": "{n} kolom lain juga tidak dikenal dan diabaikan",
                             "en": "{n} more columns are not canonical and were ignored"},
    "unknown_table": {
        "id": "tabel '{name}' tidak dikenal dan tidak diperiksa{hint}",
        "en": "table '{name}' is not a canonical table and was not checked{hint}",
    },
    "unknown_column": {
        "id": "kolom '{name}' tidak dikenal dan diabaikan{hint}",
        "en": "column '{name}' is not a canonical column and was ignored{hint}",
    },
    "duplicate_column": {"id": "kolom '{name}' muncul dua kali; yang kedua diabaikan",
                         "en": "column '{name}' appears twice; the second is ignored"},
    "missing_column": {
        "id": "kolom wajib '{name}' tidak ada; pemeriksaan yang membutuhkannya dilewati",
        "en": "required column '{name}' is missing; checks that need it are skipped",
    },
    "not_a_number": {"id": "'{raw}' bukan angka", "en": "'{raw}' is not a number"},
    "sheet_error": {"id": "'{raw}' adalah galat rumus spreadsheet, bukan angka: rumus sel ini gagal (pembagian dengan "
                          "nol, rujukan yang terhapus)",
                    "en": "'{raw}' is a spreadsheet formula error, not a figure: the cell's formula failed (a division "
                          "by zero, a deleted reference)"},
    "generic_sheet_error": {"id": "{where}: baris '{label}' kolom '{column}' mencetak galat rumus spreadsheet '{raw}', "
                                  "bukan angka",
                            "en": "{where}: row '{label}' column '{column}' prints the spreadsheet formula error "
                                  "'{raw}', not a figure"},
    "qualitative": {"id": "'{raw}' tertulis dengan kata, bukan angka: tidak diperiksa",
                    "en": "'{raw}' is worded, not a figure: not checked"},
    "same_as_above": {"id": "'{raw}' (sama dengan di atas) tertulis di tempat angka: angkanya tidak diulang, tidak "
                            "diperiksa",
                      "en": "'{raw}' (the same as above) written where a figure belongs: the figure is not repeated, "
                            "not checked"},
    "not_available": {"id": "'{raw}' (tidak tersedia) tertulis di tempat angka: tidak diperiksa",
                      "en": "'{raw}' (not available) written where a figure belongs: not checked"},
    "several_figures": {"id": "'{raw}' memuat beberapa angka dalam satu sel (baris yang ditumpuk dalam satu sel): "
                               "tidak diperiksa, bukan kesalahan laporan",
                        "en": "'{raw}' holds several figures in one cell (rows stacked in one cell): not checked, "
                              "not a fault of the report"},
    "ratio_figure": {"id": "'{raw}' tertulis sebagai perbandingan, bukan satu angka: tidak diperiksa",
                     "en": "'{raw}' is written as a ratio, not one figure: not checked"},
    "ambiguous": {
        "id": "'{raw}' ambigu: bisa ribuan atau desimal; tulis dengan jelas (mis. {a} atau {b})",
        "en": "'{raw}' is ambiguous: thousands or decimals? write it unambiguously (e.g. {a} or {b})",
    },
    "bad_tick": {"id": "'{raw}' bukan tanda centang (√, V) atau kosong",
                 "en": "'{raw}' is not a tick (√, V) or empty"},
    "did_you_mean": {"id": " (maksudnya '{name}'?)", "en": " (did you mean '{name}'?)"},
    "unknown_rule": {"id": "aturan '{rule}' tidak dikenal{hint}", "en": "unknown rule '{rule}'{hint}"},
    "unknown_rule_option": {"id": "{option}: aturan '{rule}' tidak dikenal, tidak cocok dengan id atau awalan id "
                                  "aturan mana pun{hint}",
                            "en": "{option}: unknown rule '{rule}', neither the id nor the start of the id of any "
                                  "rule{hint}"},
    # click's own usage errors (audit/cli/usage.py), in the catalogue's words
    "click_usage": {"id": "Penggunaan:", "en": "Usage:"},
    "click_options": {"id": "Opsi", "en": "Options"},
    "click_commands": {"id": "Perintah", "en": "Commands"},
    "click_arguments": {"id": "Argumen", "en": "Arguments"},
    "click_try": {"id": "Coba '{command} {option}' untuk bantuan.", "en": "Try '{command} {option}' for help."},
    "click_error": {"id": "Galat", "en": "Error"},
    "click_aborted": {"id": "Dibatalkan.", "en": "Aborted!"},
    "click_invalid_for": {"id": "nilai tidak valid untuk {hint}: {detail}", "en": "Invalid value for {hint}: {detail}"},
    "click_invalid": {"id": "nilai tidak valid: {detail}", "en": "Invalid value: {detail}"},
    "click_missing_argument": {"id": "argumen {name} wajib diisi", "en": "Missing argument {name}."},
    "click_missing_option": {"id": "opsi {name} wajib diisi", "en": "Missing option {name}."},
    "click_missing_parameter": {"id": "parameter {name} wajib diisi", "en": "Missing parameter {name}."},
    "click_no_option": {"id": "opsi {name} tidak ada", "en": "No such option {name}."},
    "click_default": {"id": "[bawaan: {value}]", "en": "[default: {value}]"},
    # what each command does, in `--help`: `cmd_<command path>` (`cmd_audit` for the group; audit/cli/usage.py)
    "cmd_audit": {"id": "Audit laporan kinerja instansi pemerintah (LKjIP).",
                  "en": "Audit Indonesian government performance reports (LKjIP)."},
    "cmd_check": {"id": "Audit laporan di PATH: folder berkas CSV dengan report.yaml, buku kerja .xlsx, atau dokumennya "
                        "sendiri (.md, .docx, .pdf).\n\nBeberapa PATH diaudit satu per satu (hook pre-commit "
                        "memberikannya begitu); kode keluar 1 bila ada yang gagal.",
                  "en": "Audit the report at PATH: a folder of CSV files with report.yaml, an .xlsx workbook, or the "
                        "document itself (.md, .docx, .pdf).\n\nSeveral PATHs are audited one after the other (a "
                        "pre-commit hook passes them so); the exit code is 1 if any fails."},
    "cmd_batch": {"id": "Audit setiap laporan di DIR_OR_GLOB... secara paralel: sebuah folder mewakili laporan di "
                        "dalamnya (setiap subfolder dengan report.yaml, setiap buku kerja dan dokumen).\n\nMencetak "
                        "satu baris ringkasan per laporan; laporan yang tidak dapat dibaca menjadi galat masukan di "
                        "barisnya dan laporan lain tetap diaudit. Kode keluar 1 bila ada laporan yang gagal "
                        "(--fail-on) atau tidak dapat dibaca, 2 bila batch itu sendiri tidak dapat berjalan.",
                  "en": "Audit every report in DIR_OR_GLOB... in parallel: a folder stands for the reports inside it "
                        "(each subfolder with report.yaml, each workbook and document).\n\nPrints one summary row "
                        "per report; a report that cannot be read is an input error in its row and the others are "
                        "still audited. Exit code 1 if any report fails (--fail-on) or cannot be read, 2 if the batch "
                        "itself cannot run."},
    "cmd_config": {"id": "Tampilkan konfigurasi yang berlaku untuk PATH dan asal setiap nilainya.",
                   "en": "Show the configuration resolved for PATH and where each value came from."},
    "cmd_baseline": {"id": "Tulis temuan PATH saat ini sebagai baseline pengecualian (temuan yang diterima).",
                     "en": "Write the current findings of PATH as a baseline of waivers (accepted findings)."},
    "cmd_fix": {"id": "Usulkan (--list) atau terapkan (--apply) perubahan sel yang membuat laporan di PATH konsisten.",
                "en": "Propose (--list) or apply (--apply) the cell changes that make the report at PATH consistent."},
    "cmd_extract": {"id": "Ubah dokumen di PATH (.md, .docx, .pdf, atau buku kerja dengan tata letak instansi, tanpa "
                          "lembar `report`) menjadi tabel kanonik, dengan catatan apa yang terbaca.",
                    "en": "Turn the document at PATH (.md, .docx, .pdf, or a workbook laid out as the agency keeps it, "
                          "without a `report` sheet) into canonical tables, with a log of what was read."},
    "cmd_explain": {"id": "Cetak dokumentasi sebuah aturan: apa yang diperiksa, alasannya, tempat definisinya, "
                          "parameternya.",
                    "en": "Print a rule's documentation: what it checks, why, where it is defined, its parameters."},
    "cmd_rules": {"id": "Daftar semua aturan: id, jenis, tingkat, tabel, apa yang diperiksa (atau sebuah subperintah).",
                  "en": "List every rule: id, kind, severity, tables, what it checks (or a subcommand)."},
    "cmd_rules_schema": {"id": "Cetak JSON Schema berkas paket aturan (untuk editor).",
                         "en": "Print the JSON Schema of rule-pack files (for editors)."},
    "cmd_rules_validate": {"id": "Periksa paket aturan saja (dengan paket bawaan yang mungkin diperluasnya).",
                           "en": "Check rule packs alone (with the built-in packs they may extend)."},
    "cmd_rules_test": {"id": "Jalankan contoh lulus dan gagal setiap aturan (paket bawaan, dan DIRS).",
                       "en": "Run every rule's passing and failing examples (built-in packs, and DIRS)."},
    # help of every command-line option: `opt_<command>_<option>`, else `opt_<option>` (audit/cli/usage.py)
    "opt_lang": {"id": "Bahasa pesan: id (Indonesia, bawaan) atau en (Inggris).",
                "en": "Language of messages: id (Indonesian, the default) or en (English)."},
    "opt_rules_validate_lang": {"id": "Bahasa pesan: id (Indonesia) atau en (Inggris, bawaan di sini).",
                                "en": "Language of messages: id (Indonesian) or en (English, the default here)."},
    "rules_valid": {"id": "ok: {n} aturan", "en": "ok: {n} rules"},
    "opt_rules_test_lang": {"id": "Bahasa pesan: id (Indonesia) atau en (Inggris, bawaan di sini).",
                           "en": "Language of messages: id (Indonesian) or en (English, the default here)."},
    "opt_fail_on": {"id": "Tingkat terendah yang menggagalkan laporan: kode keluar 1 (bawaan: error).",
                   "en": "Lowest severity that fails a report: exit code 1 (default: error)."},
    "opt_rules": {"id": "Paket aturan tambahan, berkas atau folder (boleh berulang).",
                 "en": "Extra rule pack file or folder (repeatable)."},
    "opt_select": {"id": "Hanya jalankan id aturan atau awalan id ini (boleh berulang).",
                  "en": "Run only these rule ids or prefixes (repeatable)."},
    "opt_ignore": {"id": "Jangan jalankan id aturan atau awalan id ini (boleh berulang).",
                  "en": "Do not run these rule ids or prefixes (repeatable)."},
    "opt_suggest": {"id": "Peringkat usul perbaikan untuk setiap temuan (bawaan: ya; tanpa usul, gerbang CI lebih cepat).",
                   "en": "Rank fix suggestions for every finding (default: on; off is a faster CI gate)."},
    "opt_color": {"id": "Paksa warna hidup atau mati (bawaan: bila terminal).",
                 "en": "Force colour on or off (default: when a terminal)."},
    "opt_debug": {"id": "Tampilkan traceback, bukan galat satu baris.",
                 "en": "Show tracebacks instead of one-line errors."},
    "opt_force": {"id": "Timpa berkas keluaran yang sudah ada (hanya yang ditulis lkjip-audit).",
                 "en": "Replace output files that exist (only those lkjip-audit wrote)."},
    "opt_version": {"id": "Tampilkan versi lalu keluar.",
                   "en": "Show the version and exit."},
    "opt_help": {"id": "Tampilkan bantuan ini lalu keluar.",
                "en": "Show this message and exit."},
    "opt_check_format": {"id": "Format keluaran, boleh berulang: {formats}. NAMA:BERKAS menulis format itu ke BERKAS.",
                        "en": "Output format, repeatable: {formats}. NAME:FILE writes that format to FILE."},
    "opt_check_output": {"id": "Tulis format (pertama) ke BERKAS, bukan ke stdout.",
                        "en": "Write the (first) format to FILE instead of stdout."},
    "opt_baseline": {"id": "Berkas pengecualian (audit baseline).",
                    "en": "Waivers file (audit baseline)."},
    "opt_verbose": {"id": "Tampilkan semua sel terkait, usul lain, aturan yang dilewati.",
                   "en": "Show every related cell, alternatives, skipped rules."},
    "opt_check_min_coverage": {"id": "Gagal (kode keluar 1) bila kurang dari PERSEN tabel berangka laporan yang terbaca.",
                              "en": "Fail (exit 1) when fewer than PERCENT of the report's numeric tables could be read."},
    "opt_changed": {"id": "PATHS adalah berkas yang berubah (hook pre-commit): periksa laporan tempat tiap berkas berada, lewati yang lain.",
                   "en": "PATHS are changed files (a pre-commit hook): audit the report each belongs to, skip the others."},
    "opt_jobs": {"id": "Jumlah proses pekerja (bawaan: jumlah inti prosesor).",
                "en": "Worker processes (default: the number of cores)."},
    "opt_batch_format": {"id": "Format ringkasan, boleh berulang: {formats}. NAMA:BERKAS menulisnya ke BERKAS.",
                        "en": "Summary format, repeatable: {formats}. NAME:FILE writes it to FILE."},
    "opt_batch_output": {"id": "Tulis format ringkasan (pertama) ke BERKAS.",
                        "en": "Write the (first) summary format to FILE."},
    "opt_output_dir": {"id": "Folder untuk keluaran masing-masing laporan (lihat --report-format).",
                      "en": "Folder for each report's own outputs (see --report-format)."},
    "opt_report_format": {"id": "Format per laporan yang ditulis ke --output-dir (boleh berulang; bawaan json).",
                         "en": "Per-report format written into --output-dir (repeatable; default json)."},
    "opt_progress": {"id": "Bilah kemajuan di stderr (bawaan: bila stderr terminal; selain itu baris biasa).",
                    "en": "Progress bar on stderr (default: when stderr is a terminal; plain lines otherwise)."},
    "opt_batch_min_coverage": {"id": "Laporan gagal bila kurang dari PERSEN tabel berangkanya yang terbaca.",
                              "en": "A report fails when fewer than PERCENT of its numeric tables could be read."},
    "opt_fix_list": {"id": "Cetak daftar perbaikan (bawaan).",
                    "en": "Print the fix listing (default)."},
    "opt_fix_apply": {"id": "Tulis salinan yang sudah diperbaiki ke --output.",
                     "en": "Write a corrected copy to --output."},
    "opt_fix_format": {"id": "Format daftar perbaikan.",
                      "en": "Format of the listing."},
    "opt_fix_output": {"id": "Berkas daftar, atau salinan yang diperbaiki untuk --apply.",
                      "en": "Listing file, or the corrected copy for --apply."},
    "opt_fix_min_confidence": {"id": "Terapkan (atau daftarkan) hanya perbaikan dengan keyakinan sekurang-kurangnya ini; yang ambigu tidak pernah diterapkan.",
                              "en": "Apply (or list) only fixes at least this sure; ambiguous ones are never applied."},
    "opt_fix_force": {"id": "Timpa --output bila sudah ada.",
                     "en": "Replace --output if it exists."},
    "opt_extract_output": {"id": "Folder (tabel CSV + report.yaml) atau workbook .xlsx.",
                          "en": "A folder (CSV tables + report.yaml) or an .xlsx workbook."},
    "opt_log": {"id": "Tempat menulis log ekstraksi (bawaan: extraction-log.md di folder, atau di samping workbook).",
               "en": "Where to write the extraction log (default: extraction-log.md in the folder, or beside the workbook)."},
    "opt_log_format": {"id": "Format log ekstraksi.",
                      "en": "Format of the extraction log."},
    "opt_extract_force": {"id": "Timpa --output bila sudah ada.",
                         "en": "Replace --output if it exists."},
    "opt_baseline_output": {"id": "Berkas pengecualian yang ditulis.",
                           "en": "The baseline file to write."},
    "opt_reason": {"id": "Alasan yang ditulis di setiap pengecualian (sunting sesudahnya).",
                  "en": "Justification written into every waiver (edit them after)."},
    "opt_expires": {"id": "Tanggal kedaluwarsa (TTTT-BB-HH).",
                   "en": "Expiry date (YYYY-MM-DD)."},
    "opt_baseline_force": {"id": "Timpa berkas pengecualian bila sudah ada.",
                          "en": "Replace the baseline file if it exists."},
    "click_did_you_mean": {"id": " (maksudnya {name}?)", "en": " (did you mean {name}?)"},
    "click_did_you_mean_any": {"id": " (maksudnya salah satu dari {name}?)", "en": " (did you mean one of {name}?)"},
    "click_needs_value": {"id": "opsi {name} memerlukan nilai", "en": "Option {name} requires an argument."},
    "click_needs_values": {"id": "opsi {name} memerlukan {n} nilai", "en": "Option {name} requires {n} arguments."},
    "click_takes_no_value": {"id": "opsi {name} tidak menerima nilai", "en": "Option {name} does not take a value."},
    "click_extra_arguments": {"id": "argumen berlebih: {args}", "en": "Got unexpected extra arguments ({args})"},
    "click_no_command": {"id": "perintah {name} tidak ada", "en": "No such command {name}."},
    "click_missing_command": {"id": "perintah belum disebut", "en": "Missing command."},
    "click_not_one_of": {"id": "{value} bukan salah satu dari {choices}", "en": "{value} is not one of {choices}."},
    "click_not_choice": {"id": "{value} bukan {choice}", "en": "{value} is not {choice}."},
    "click_path_missing": {"id": "{path} tidak ada", "en": "{path} does not exist."},
    "click_path_is_folder": {"id": "{path} adalah folder", "en": "{path} is a directory."},
    "click_path_is_file": {"id": "{path} adalah berkas", "en": "{path} is a file."},
    "click_out_of_range": {"id": "{value} di luar rentang {range}", "en": "{value} is not in the range {range}."},
    "click_not_number": {"id": "{value} bukan angka", "en": "{value} is not a valid number."},
    "click_not_date": {"id": "{value} tidak sesuai format {formats}", "en": "{value} does not match the format {formats}."},
    # the commands' own usage errors
    "usage_unknown_format": {"id": "'{name}' (pilih dari {known})", "en": "'{name}' (choose from {known})"},
    "usage_output_without_format": {"id": "--output menamai berkas format yang diberikan tanpa berkas",
                                    "en": "--output names the file of a format given without one"},
    "usage_one_stdout": {"id": "hanya satu format yang boleh ke stdout; beri format lain berkasnya (sarif:BERKAS)",
                         "en": "only one format can go to stdout; give the others a file (sarif:FILE)"},
    "usage_single_path": {"id": "berkas keluaran hanya untuk satu PATH", "en": "output files need a single PATH"},
    "usage_apply_needs_output": {"id": "--apply memerlukan --output", "en": "--apply needs --output"},
    "usage_xlsx_needs_output": {"id": "--format xlsx memerlukan --output", "en": "--format xlsx needs --output"},
    "usage_xlsx_needs_file": {"id": "--format xlsx memerlukan berkas (xlsx:BERKAS)",
                              "en": "--format xlsx needs a file (xlsx:FILE)"},
    # explanations a rule kind may add to a finding
    "hint_earlier_target": {"id": "tertulis sesuai target sebelum perubahan PK ({value}); target berlaku {inforce}",
                            "en": "written value matches the target before the PK amendment ({value}); "
                                  "the target in force is {inforce}"},
    "hint_row_target": {"id": "tertulis sesuai target di tabel ini ({value}), bukan target PK perubahan ({inforce})",
                        "en": "written value matches this table's target ({value}), not the amended PK target "
                              "({inforce})"},
    "hint_inforce": {"id": "dihitung dengan target PK perubahan ({value})",
                     "en": "computed with the amended PK target ({value})"},
    "hint_inverse": {"id": "tertulis sesuai rumus polaritas sebaliknya", "en": "written value matches the "
                     "formula of the opposite polarity"},
    "hint_digit": {"id": "tertulis sesuai bila {column} {value} sebenarnya {fixed}: kemungkinan salah ketik",
                   "en": "written value matches if {column} {value} were {fixed}: likely a typo"},
    "hint_capped": {"id": "{rows} baris tabel ini mencetak capaian {cap}{unit} padahal realisasinya melampaui target, dan "
                          "tidak ada capaian tercetak di atas {cap}{unit}: capaian tampaknya dibatasi {cap}{unit}; nyatakan batas "
                          "itu di teks atau cetak capaian sebenarnya",
                    "en": "{rows} rows of this table print a capaian of {cap}{unit} where the realisation passes the "
                          "target, and none is printed above {cap}{unit}: the capaian looks capped at {cap}{unit}; state the cap "
                          "in the text or print the real capaian"},
    "hint_cut": {"id": "{printed} adalah {value} yang dipotong pada desimal tercetak, bukan dibulatkan ({rounded}); "
                       "tidak ada baris tabel ini yang dibulatkan ke atas: tampaknya cara tabel ini; cetak nilai yang "
                       "dibulatkan",
                 "en": "{printed} is {value} cut at the printed decimals, not rounded ({rounded}); no row of this "
                       "table is rounded up: it looks like the table's way; print the rounded value"},
    "hint_cut_mixed": {"id": "{printed} adalah {value} yang dipotong pada desimal tercetak, bukan dibulatkan "
                             "({rounded}), padahal baris lain tabel ini dibulatkan",
                       "en": "{printed} is {value} cut at the printed decimals, not rounded ({rounded}), while "
                             "other rows of this table are rounded"},
    "hint_fraction": {"id": "ditulis sebagai pecahan ({stated} berarti {percent}%)",
                      "en": "written as a fraction ({stated} meaning {percent}%)"},
    "hint_percent_in_fractions": {"id": "ditulis sebagai persen ({stated} berarti {fraction}), padahal kolom ini "
                                        "ditulis sebagai pecahan ({rows} dari {of} baris)",
                                  "en": "written as a percentage ({stated} meaning {fraction}), but this column is "
                                        "written as fractions ({rows} of {of} rows)"},
    "hint_base_unstated": {"id": "indikator berupa angka (rate) tanpa basis yang dinyatakan (per 1.000, per 100.000): "
                                 "tidak cocok dengan basis mana pun; nyatakan basisnya di nama indikator atau satuan",
                           "en": "a rate indicator without a stated base (per 1,000, per 100,000): it fits none; "
                                 "state its base in the indicator's name or unit"},
    "hint_copied": {"id": "tertulis sama dengan {column}: kemungkinan {column} disalin sebagai hasil",
                    "en": "written value equals {column}: {column} was likely copied as the result"},
    "hint_complement": {"id": "tertulis sama dengan persentase itu sendiri, bukan 100 dikurangi persentase",
                        "en": "written value is the percentage itself, not 100 minus it"},
    "hint_transposed": {"id": "digit tertukar? nilai hitungan {expected}",
                        "en": "transposed digits? the computed value is {expected}"},
    "hint_copied_column": {"id": "nilai di tabel lain ({value}) sama dengan {column} baris ini: kemungkinan {column} "
                                 "tersalin sebagai {wrong} di sana",
                           "en": "the other table's value ({value}) equals this row's {column}: {column} was likely "
                                 "copied as {wrong} there"},
    "hint_ticks": {"id": "{ticks} dari {n} desa dicentang", "en": "{ticks} of {n} villages ticked"},
    "hint_attainable": {"id": "dari {count} hanya k/{n} × 100 yang mungkin; terdekat {lower} atau {upper}",
                        "en": "of {count} only k/{n} × 100 can occur; nearest {lower} or {upper}"},
    "hint_scale": {"id": "skala laporan: {scale}", "en": "the report's scale: {scale}"},
    "meta_band": {"id": "'{key}': {value} bukan pita skala predikat (mis. '85 ke atas: Sangat Baik', '76 - 90: Baik')",
                  "en": "'{key}': {value} is not a predikat band (e.g. '85 ke atas: Sangat Baik', '76 - 90: Baik')"},
    "meta_scale": {"id": "'{key}': pita-pitanya tumpang tindih atau labelnya berulang",
                   "en": "'{key}': its bands overlap or repeat a label"},
    "hint_scale_default": {"id": "skala predikat laporan tidak ditemukan; dinilai dengan skala bawaan ({source}): "
                                 "{scale}; bila laporan punya skala sendiri, nyatakan di predikat_scale",
                           "en": "no predikat scale found in the report; judged on the default scale ({source}): "
                                 "{scale}; if the report has its own, give it as predikat_scale"},
    # a ratio rule's formula, naming the columns it divides (`term_*`, else the column's name) and its scale
    "formula_ratio": {"id": "{numerator} / {denominator}{times}", "en": "{numerator} / {denominator}{times}"},
    "formula_twice": {"id": "(2 × {denominator} − {numerator}) / {denominator}{times}",
                      "en": "(2 × {denominator} − {numerator}) / {denominator}{times}"},
    "formula_inverse": {"id": "{denominator} / {numerator}{times}", "en": "{denominator} / {numerator}{times}"},
    "formula_times": {"id": " × {scale}", "en": " × {scale}"},
    "term": {"id": "{name}", "en": "{name}"},
    "term_realisasi": {"id": "realisasi", "en": "realisation"},
    "term_target": {"id": "target", "en": "target"},
    "term_target_akhir": {"id": "target jangka menengah", "en": "medium-term target"},
    "term_pagu": {"id": "pagu", "en": "budget"},
    "term_anggaran": {"id": "anggaran", "en": "budget"},
    "term_realisasi_anggaran": {"id": "realisasi anggaran", "en": "budget realisation"},
    "term_terlayani": {"id": "terlayani", "en": "served"},
    "term_sasaran": {"id": "sasaran", "en": "target population"},
    "term_cakupan": {"id": "cakupan", "en": "coverage"},
    "hint_follows_positive": {"id": "tertulis sesuai rumus polaritas positif ({formula}), padahal polaritas "
                                    "indikator ini negatif ({source})",
                              "en": "written value follows the positive-polarity formula ({formula}), but this "
                                    "indicator's polarity is negative ({source})"},
    "hint_follows_negative": {"id": "tertulis sesuai rumus polaritas negatif ({formula}), padahal polaritas "
                                    "indikator ini positif ({source})",
                              "en": "written value follows the negative-polarity formula ({formula}), but this "
                                    "indicator's polarity is positive ({source})"},
    "hint_follows_negative_unstated": {
        "id": "tertulis sesuai rumus polaritas negatif ({formula}); laporan tidak menyatakan polaritas indikator "
              "ini sehingga dianggap positif: bila negatif, nyatakan di kolom Polaritas atau di report.yaml",
        "en": "written value follows the negative-polarity formula ({formula}); the report does not state this "
              "indicator's polarity, so it is taken as positive: if negative, say so in a Polaritas column or "
              "report.yaml"},
    "hint_negative_both": {"id": "indikator berpolaritas negatif ({source}): {twice_formula} = {twice}; "
                                 "{inverse_formula} = {inverse}",
                           "en": "negative-polarity indicator ({source}): {twice_formula} = {twice}; "
                                 "{inverse_formula} = {inverse}"},
    "polarity_from_column": {"id": "menurut kolom polaritas baris ini", "en": "per this row's polarity column"},
    "polarity_from_table": {"id": "menurut kolom polaritas tabel lain", "en": "per another table's polarity column"},
    "polarity_from_stated": {"id": "dinyatakan laporan", "en": "as the report states"},
    "polarity_from_default": {"id": "tidak dinyatakan, dianggap positif", "en": "not stated, taken as positive"},
    "polarity_from_wording": {"id": "diduga dari kata '{words}' pada nama indikator; nyatakan polaritasnya untuk "
                                    "kepastian",
                              "en": "guessed from the words '{words}' in the indicator's name; state its polarity "
                                    "to be sure"},
    # fix suggestions
    "fix_reason": {"id": "menyelesaikan {n} temuan ({rules})", "en": "clears {n} finding(s) ({rules})"},
    "fix_clean": {"id": "tanpa temuan baru", "en": "creates no new finding"},
    "fix_breaks": {"id": "tetapi menimbulkan {n} temuan baru ({rules})", "en": "but creates {n} new finding(s) ({rules})"},
    "fix_tie": {"id": "sama mungkinnya dengan mengubah {cell} menjadi {value}",
                "en": "as likely as changing {cell} to {value}"},
    "fix_or_parts": {"id": "sama mungkinnya dengan salah satu dari {n} rincian lainnya",
                     "en": "as likely as any of {n} other parts"},
    "fix_also": {"id": " (dan {cell} menjadi {value})", "en": " (and {cell} to {value})"},
    "fix_line": {"id": "ubah {cell} menjadi {value}: {reason} (keyakinan {confidence})",
                 "en": "change {cell} to {value}: {reason} ({confidence} confidence)"},
    "ambiguous_fix": {"id": "ambigu (tidak diterapkan)", "en": "ambiguous (not applied)"},
    "no_fixes": {"id": "Tidak ada usulan perbaikan.", "en": "No fixes to propose."},
    "fix_summary": {"id": "Ringkasan: {cells} sel diubah, {resolved} temuan terselesaikan, {left} temuan tersisa",
                    "en": "Summary: {cells} cell(s) changed, {resolved} finding(s) resolved, {left} finding(s) left"},
    "fix_left_none": {"id": "tidak ada usulan perbaikan", "en": "no fix to propose"},
    "fix_left_ambiguous": {"id": "ambigu: dua perubahan sama mungkinnya, diserahkan kepada pemeriksa",
                           "en": "ambiguous: two changes are equally likely, left to a reviewer"},
    "fix_left_below": {"id": "usulannya di bawah keyakinan yang diminta ({confidence})",
                       "en": "its fix is below the confidence asked ({confidence})"},
    "fix_left_doubt": {"id": "usulannya dihitung dari angka yang dipersoalkan temuan lain; selesaikan temuan itu dulu",
                       "en": "its fix is computed from figures another finding calls into question; settle that first"},
    "empty": {"id": "kosong", "en": "empty"},
    "fix_sheet": {"id": "perbaikan", "en": "fixes"},
    "fixcol_table": {"id": "tabel", "en": "table"},
    "fixcol_row": {"id": "baris", "en": "row"},
    "fixcol_label": {"id": "uraian", "en": "label"},
    "fixcol_column": {"id": "kolom", "en": "column"},
    "fixcol_cell": {"id": "sel", "en": "cell"},
    "fixcol_current": {"id": "tertulis", "en": "current"},
    "fixcol_proposed": {"id": "usulan", "en": "proposed"},
    "fixcol_confidence": {"id": "keyakinan", "en": "confidence"},
    "fixcol_reason": {"id": "alasan", "en": "reason"},
    "fixcol_resolves": {"id": "temuan diselesaikan", "en": "clears"},
    "applied": {"id": "{n} sel diubah, ditulis ke {path}", "en": "{n} cell(s) changed, written to {path}"},
    "high": {"id": "tinggi", "en": "high"},
    "medium": {"id": "sedang", "en": "medium"},
    "low": {"id": "rendah", "en": "low"},
    # schema findings
    "schema_check": {"id": "nilai tidak memenuhi aturan tabel: {check}", "en": "value breaks the table's rule: {check}"},
    "schema_key": {"id": "baris ganda: {key} sudah tercetak di {first}", "en": "row repeated: {key} is already "
                   "printed at {first}"},
    "schema_key_elsewhere": {"id": "baris ganda di tabel lain: {key} sudah tercetak di {first} dengan angka lain; "
                                   "periksa apakah kedua tabel sejenis (tahun, ukuran) sebelum membetulkan",
                             "en": "row repeated in another table: {key} is already printed at {first} with other "
                                   "figures; check that both tables are of one kind (year, measure) before correcting"},
    "schema_level": {"id": "jenis baris '{value}' tidak dikenal (pilihan: {allowed})",
                     "en": "unknown row level '{value}' (allowed: {allowed})"},
    "schema_range": {"id": "nilai di luar rentang yang wajar ({check})", "en": "value out of range ({check})"},
    "schema_negative": {"id": "nilai tidak boleh negatif", "en": "value must not be negative"},
    # report
    "verdict_fail": {"id": "TIDAK LOLOS", "en": "FAIL"},
    "verdict_pass": {"id": "LOLOS", "en": "PASS"},
    "result": {"id": "Hasil", "en": "Result"},
    "source": {"id": "Sumber", "en": "Source"},
    "agency": {"id": "Instansi", "en": "Agency"},
    "region": {"id": "Wilayah", "en": "Region"},
    "error": {"id": "galat", "en": "errors"},
    "warning": {"id": "peringatan", "en": "warnings"},
    "info": {"id": "info", "en": "info"},
    "tables_read": {"id": "tabel dibaca", "en": "tables read"},
    "rules_run": {"id": "aturan dijalankan", "en": "rules run"},
    "written": {"id": "tertulis", "en": "written"},
    "expected": {"id": "seharusnya", "en": "expected"},
    "computed": {"id": "dihitung", "en": "computed"},
    "difference": {"id": "selisih", "en": "difference"},
    "other_table": {"id": "tabel lain", "en": "other table"},
    "no_findings": {"id": "Tidak ada temuan.", "en": "No findings."},
    "title": {"id": "Audit LKjIP", "en": "LKjIP audit"},
    "year": {"id": "Tahun", "en": "Year"},
    "suggest": {"id": "usul", "en": "suggestion"},
    "more_fixes": {"id": "{n} usul lainnya", "en": "{n} more suggestion(s)"},  # folded under the top one
    # the reviewer's pictures (HTML page, working paper)
    "chart_attainment": {"id": "Capaian indikator terhadap target, dengan pita predikat",
                         "en": "Indicator achievement against target, with the predikat bands"},
    "chart_absorption": {"id": "Penyerapan anggaran per program: realisasi terhadap pagu",
                         "en": "Budget absorption per programme: realisasi against pagu"},
    "chart_from": {"id": "dari tabel {table}", "en": "from table {table}"},
    "chart_target": {"id": "target", "en": "target"},
    "chart_computed": {"id": "dihitung: realisasi / target × 100", "en": "computed: realisasi / target × 100"},
    "chart_of_pagu": {"id": "{realisasi} dari pagu {pagu}", "en": "{realisasi} of pagu {pagu}"},
    "chart_indicator": {"id": "indikator", "en": "indicator"},
    "chart_capaian": {"id": "capaian (%)", "en": "achievement (%)"},
    "chart_band": {"id": "{label} (≥ {min})", "en": "{label} (≥ {min})"},
    "chart_programme": {"id": "program", "en": "programme"},
    "chart_pagu": {"id": "pagu", "en": "pagu"},
    "chart_realisasi": {"id": "realisasi", "en": "realisasi"},
    "chart_absorbed": {"id": "serapan (%)", "en": "absorbed (%)"},
    "sheet_charts": {"id": "Grafik", "en": "Charts"},
    "see_also": {"id": "lihat juga", "en": "see also"},
    "skipped_rules": {"id": "aturan dilewati (tabel tidak ada): {ids}",
                      "en": "rules skipped (tables absent): {ids}"},
    "lacking_rules": {"id": "aturan dilewati (kolom yang dibacanya tidak tercetak): {ids}",
                      "en": "rules skipped (the columns they read are not printed): {ids}"},
    "no_document_rules": {"id": "aturan dilewati (membaca dokumen, laporan dibaca dari tabel): {ids}",
                          "en": "rules skipped (they read the document; the report was read from tables): {ids}"},
    "without_rows_rules": {"id": "aturan tanpa baris (tabelnya tidak mencetak baris yang dibandingkannya, mis. baris "
                                 "jumlah, atau teksnya tidak menyatakan yang diperiksanya): {ids}",
                           "en": "rules without rows (their tables print none of the rows they compare, e.g. a total "
                                 "row, or the text states nothing they check): {ids}"},
    "input_error": {"id": "galat masukan", "en": "input error"},
    "config_error": {"id": "galat konfigurasi", "en": "configuration error"},
    "file_error": {"id": "galat berkas", "en": "file error"},
    "output_error": {"id": "galat keluaran", "en": "output error"},
    "internal_error": {"id": "galat internal lkjip-audit, bukan kesalahan laporan (jalankan lagi dengan --debug "
                             "dan laporkan jejaknya)",
                       "en": "internal error in lkjip-audit, not a fault of the report (run again with --debug "
                             "and report the traceback)"},
    # column headings of the Markdown report
    "heading_rule": {"id": "aturan", "en": "rule"},
    "heading_row": {"id": "baris", "en": "row"},
    "heading_column": {"id": "kolom", "en": "column"},
    "heading_cell": {"id": "sel", "en": "cell"},
    "heading_message": {"id": "pesan", "en": "message"},
    # audit batch
    "batch_title": {"id": "Audit LKjIP: {n} laporan", "en": "LKjIP audit: {n} reports"},
    "batch_pass": {"id": "lulus", "en": "pass"},
    "batch_fail": {"id": "gagal", "en": "fail"},
    "batch_input_error": {"id": "galat masukan", "en": "input error"},
    "batch_report": {"id": "laporan", "en": "report"},
    "batch_top_rule": {"id": "aturan teratas", "en": "top rule"},
    "batch_verdict": {"id": "hasil", "en": "verdict"},
    "batch_findings": {"id": "temuan", "en": "findings"},
    "batch_done": {"id": "laporan selesai", "en": "reports done"},
    "batch_counts": {"id": "{pass_} lulus · {fail} gagal · {input_error} galat masukan · {errors} galat · "
                           "{warnings} peringatan",
                     "en": "{pass_} pass · {fail} fail · {input_error} input error · {errors} errors · "
                           "{warnings} warnings"},
    "batch_line": {"id": "[{done}/{total}] {source}: {verdict} ({errors} galat, {warnings} peringatan)",
                   "en": "[{done}/{total}] {source}: {verdict} ({errors} errors, {warnings} warnings)"},
    "batch_line_error": {"id": "[{done}/{total}] {source}: {problem}", "en": "[{done}/{total}] {source}: {problem}"},
    "batch_none": {"id": "tidak ada laporan ditemukan di {paths}", "en": "no report found in {paths}"},
    "batch_outputs": {"id": "keluaran per laporan", "en": "per-report outputs"},
    # the reviewer's formats: severities one at a time, and what the HTML page and the working paper share
    "sev_error": {"id": "galat", "en": "error"},
    "sev_warning": {"id": "peringatan", "en": "warning"},
    "sev_info": {"id": "info", "en": "info"},
    "findings": {"id": "Temuan", "en": "Findings"},
    "by_table": {"id": "Temuan per tabel", "en": "Findings by table"},
    # the HTML page (audit/render/html.py)
    "html_show": {"id": "Tampilkan:", "en": "Show:"},
    "html_hint": {"id": "catatan", "en": "note"},
    "html_made_by": {"id": "Dibuat oleh lkjip-audit {version}.", "en": "Made by lkjip-audit {version}."},
    # the review working paper (audit/render/workpaper.py, workpaper_text.py)
    "paper_summary": {"id": "Ringkasan", "en": "Summary"},
    "paper_title": {"id": "Kertas Kerja Reviu LKjIP", "en": "LKjIP review working paper"},
    "paper_findings_total": {"id": "Jumlah temuan", "en": "Findings in total"},
    "paper_tables_read": {"id": "Tabel dibaca", "en": "Tables read"},
    "paper_rules_run": {"id": "Aturan dijalankan", "en": "Rules run"},
    "paper_copies": {"id": "Salinan lembar masukan (sel temuan disorot)",
                     "en": "Copied input sheets (finding cells highlighted)"},
    "paper_copy_failed": {"id": "Salinan lembar masukan tidak dibuat: {detail}",
                          "en": "Input sheets not copied: {detail}"},
    "paper_table_title": {"id": "Judul tabel", "en": "Table title"},
    "paper_total": {"id": "Jumlah", "en": "Total"},
    "paper_waived_until": {"id": "{text} (berlaku sampai {date})", "en": "{text} (until {date})"},
    # the findings sheet's headings: paper_col_ and its column key
    "paper_col_no": {"id": "No", "en": "No."},
    "paper_col_rule_id": {"id": "Aturan", "en": "Rule"},
    "paper_col_severity": {"id": "Tingkat", "en": "Severity"},
    "paper_col_table": {"id": "Tabel", "en": "Table"},
    "paper_col_row": {"id": "Baris", "en": "Row"},
    "paper_col_row_label": {"id": "Uraian baris", "en": "Row label"},
    "paper_col_column": {"id": "Kolom", "en": "Column"},
    "paper_col_file": {"id": "Berkas", "en": "File"},
    "paper_col_sheet": {"id": "Lembar", "en": "Sheet"},
    "paper_col_cell": {"id": "Sel", "en": "Cell"},
    "paper_col_line": {"id": "Baris berkas", "en": "Line"},
    "paper_col_written": {"id": "Tertulis", "en": "Written"},
    "paper_col_expected": {"id": "Seharusnya", "en": "Expected"},
    "paper_col_basis": {"id": "Dasar nilai seharusnya", "en": "Basis of expected"},
    "paper_col_difference": {"id": "Selisih", "en": "Difference"},
    "paper_col_message": {"id": "Pesan", "en": "Message"},
    "paper_col_hint": {"id": "Catatan", "en": "Note"},
    "paper_col_related": {"id": "Sel terkait", "en": "Related cells"},
    "paper_col_fix_cell": {"id": "Usul: sel", "en": "Suggested: cell"},
    "paper_col_fix_value": {"id": "Usul: nilai", "en": "Suggested: value"},
    "paper_col_fix_confidence": {"id": "Usul: keyakinan", "en": "Suggested: confidence"},
    "paper_col_fix_reason": {"id": "Usul: alasan", "en": "Suggested: reason"},
    "paper_col_waived": {"id": "Dikecualikan (alasan)", "en": "Waived (justification)"},
    "paper_col_kondisi": {"id": "Kondisi", "en": "Condition"},
    "paper_col_kriteria": {"id": "Kriteria", "en": "Criteria"},
    "paper_col_sebab": {"id": "Sebab", "en": "Cause"},
    "paper_col_akibat": {"id": "Akibat", "en": "Effect"},
    "paper_col_rekomendasi": {"id": "Rekomendasi", "en": "Recommendation"},
    # a finding's five elements, as the working paper drafts them
    "paper_where": {"id": "Lokasi: {where}.", "en": "Location: {where}."},
    "paper_written": {"id": "Tertulis {value}", "en": "Written {value}"},
    "paper_expected": {"id": "seharusnya {value}", "en": "expected {value}"},
    "paper_computed": {"id": "hasil hitung {value}", "en": "computed {value}"},
    "paper_other": {"id": "di {cell} tertulis {value}", "en": "{cell} has {value}"},
    "paper_other_unknown": {"id": "di tabel lain tertulis {value}", "en": "the other table has {value}"},
    "paper_difference": {"id": "selisih {value}", "en": "difference {value}"},
    "paper_criteria": {"id": "Aturan {rule_id} ({title}).", "en": "Rule {rule_id} ({title})."},
    "paper_cause_unknown": {"id": "Penyebab belum diketahui dan perlu dikonfirmasi kepada instansi.",
                            "en": "The cause is not yet known and needs to be confirmed with the agency."},
    "paper_effect_table": {"id": "Angka pada tabel {table} tidak konsisten, sehingga tabel tersebut belum dapat "
                                 "diandalkan sebagai dasar penilaian kinerja.",
                           "en": "The figures in table {table} are inconsistent, so the table cannot yet be relied "
                                 "on to assess performance."},
    "paper_effect_report": {"id": "Angka dalam laporan tidak konsisten, sehingga laporan belum dapat diandalkan "
                                  "sebagai dasar penilaian kinerja.",
                            "en": "The report's figures are inconsistent, so the report cannot yet be relied on to "
                                  "assess performance."},
    "paper_fix": {"id": "Ubah {cell} menjadi {value}{also}, setelah dicocokkan dengan dokumen sumber "
                        "(keyakinan usulan: {confidence}).",
                  "en": "Change {cell} to {value}{also}, after checking it against the source documents "
                        "(confidence of the suggestion: {confidence})."},
    "paper_fix_also": {"id": " serta {cell} menjadi {value}", "en": " and {cell} to {value}"},
    "paper_check": {"id": "Periksa dan perbaiki {where} berdasarkan dokumen sumber, lalu selaraskan dengan sel "
                          "terkait.",
                    "en": "Check and correct {where} against the source documents, and bring the related cells "
                          "into line."},
    "paper_report": {"id": "laporan", "en": "the report"},
    "paper_table_named": {"id": "tabel {table}", "en": "table {table}"},
}


def t(msg_id: str, lang: str = "id", /, **params) -> str:
    """The message `msg_id` in `lang` (Indonesian when missing), with `params` filled in."""
    entry = MESSAGES[msg_id]
    text = entry.get(lang) or entry["id"]
    return text.format(**params) if params else text
