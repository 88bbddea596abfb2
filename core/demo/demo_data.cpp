// The demo city's word lists (see demo_data.hpp). Person names are common
// Indonesian given names and second names combined at random; no list pairs
// them into any real person's name.
#include "core/demo/demo_data.hpp"

#include <array>

namespace kinerja::demo_data {
namespace {

using SV = std::string_view;

constexpr std::array<SV, 48> kGivenMale{
    "Agus",   "Ahmad",  "Akbar",   "Anwar",  "Arif",    "Bagus",  "Bambang", "Dedi",   "Eko",    "Fajar",
    "Fauzan", "Hendra", "Heri",    "Ilham",  "Imam",    "Irfan",  "Joko",    "Khairul", "Lukman", "Mahfud",
    "Muhammad", "Nanang", "Rahmat", "Reza",  "Ridwan",  "Rizal",  "Rudi",    "Syahrul", "Taufik", "Teguh",
    "Wahyu",  "Yusuf",  "Zainal",  "Abdul",  "Aditya",  "Bayu",   "Dimas",   "Galih",  "Hafiz",  "Iwan",
    "Kurnia", "Maulana", "Nur",    "Rahman", "Slamet",  "Sugeng", "Yogi",    "Firman"};
constexpr std::array<SV, 48> kGivenFemale{
    "Aisyah", "Anisa",  "Ayu",     "Citra",  "Dewi",    "Dian",   "Endang",  "Erna",   "Fitri",  "Gita",
    "Hana",   "Indah",  "Intan",   "Kartika", "Lestari", "Lina",  "Maya",    "Mega",   "Nadia",  "Novi",
    "Nurul",  "Putri",  "Rahma",   "Ratna",  "Rina",    "Rini",   "Sari",    "Siti",   "Sri",    "Tri",
    "Vina",   "Wulan",  "Yanti",   "Yulia",  "Zahra",   "Annisa", "Desi",    "Eka",    "Fadhilah", "Halimah",
    "Iis",    "Juwita", "Laila",   "Mariam", "Nia",     "Puspita", "Rosita", "Utami"};
constexpr std::array<SV, 36> kSecondMale{
    "Pratama",  "Saputra",  "Wijaya",  "Santoso", "Hidayat", "Kurniawan", "Setiawan", "Nugroho", "Syahputra",
    "Firmansyah", "Ramadhan", "Hakim", "Arsyad",  "Hamdani", "Fauzi",    "Ramli",    "Mahmud",  "Jailani",
    "Effendi",  "Gunawan",  "Hermawan", "Irawan", "Kusuma",  "Maulana",  "Nasution", "Prasetyo", "Rusdi",
    "Siregar",  "Sulaiman", "Susanto", "Utomo",   "Wibowo",  "Yulianto", "Zulkifli", "Ansyari",  "Badaruddin"};
constexpr std::array<SV, 36> kSecondFemale{
    "Lestari",  "Wati",     "Sari",    "Anggraini", "Permata", "Rahayu",  "Handayani", "Kusumawati", "Puspitasari",
    "Ningsih",  "Safitri",  "Rahmawati", "Wulandari", "Yuliana", "Maharani", "Fitriani", "Hasanah", "Aminah",
    "Novitasari", "Oktaviani", "Pertiwi", "Purnamasari", "Susanti", "Utami", "Wahyuni", "Widyastuti", "Yuniarti",
    "Zahrani",  "Nurhayati", "Marlina", "Kartini",  "Damayanti", "Apriani", "Hidayati", "Syafitri", "Noorhayati"};

// Samarinda's 10 kecamatan with kelurahan.
constexpr std::array<SV, 5> kKelSamarindaKota{"Bugis", "Pasar Pagi", "Karang Mumus", "Pelabuhan",
                                              "Sungai Pinang Luar"};
constexpr std::array<SV, 5> kKelPalaran{"Rawa Makmur", "Bukuan", "Handil Bakti", "Simpang Pasir", "Bantuas"};
constexpr std::array<SV, 7> kKelSungaiKunjang{"Karang Asam Ulu", "Karang Asam Ilir", "Loa Bakung", "Loa Buah",
                                              "Lok Bahu", "Teluk Lerong Ilir", "Karang Anyar"};
constexpr std::array<SV, 8> kKelSamarindaUlu{"Air Putih", "Air Hitam", "Teluk Lerong Ulu", "Dadi Mulya",
                                             "Jawa",      "Gunung Kelua", "Bukit Pinang", "Sidodadi"};
constexpr std::array<SV, 6> kKelSamarindaUtara{"Sempaja Selatan", "Sempaja Utara", "Lempake",
                                               "Sungai Siring",   "Tanah Merah",   "Budaya Pampang"};
constexpr std::array<SV, 5> kKelSamarindaIlir{"Sungai Dama", "Selili", "Sidodamai", "Pelita", "Sidomulyo"};
constexpr std::array<SV, 6> kKelSamarindaSeberang{"Sungai Keledang", "Baqa", "Mesjid", "Mangkupalas", "Tenun",
                                                  "Gunung Panjang"};
constexpr std::array<SV, 5> kKelLoaJananIlir{"Simpang Tiga", "Tani Aman", "Sengkotek", "Harapan Baru", "Rapak Dalam"};
constexpr std::array<SV, 5> kKelSambutan{"Sambutan", "Makroman", "Sindang Sari", "Pulau Atas", "Sungai Kapih"};
constexpr std::array<SV, 5> kKelSungaiPinang{"Temindung Permai", "Sungai Pinang Dalam", "Gunung Lingai", "Mugirejo",
                                             "Bandara"};

const std::array<Kecamatan, 10> kKecamatan{{
    {"Samarinda Kota", kKelSamarindaKota},
    {"Sungai Kunjang", kKelSungaiKunjang},
    {"Palaran", kKelPalaran},
    {"Samarinda Ulu", kKelSamarindaUlu},
    {"Samarinda Utara", kKelSamarindaUtara},
    {"Samarinda Ilir", kKelSamarindaIlir},
    {"Samarinda Seberang", kKelSamarindaSeberang},
    {"Loa Janan Ilir", kKelLoaJananIlir},
    {"Sambutan", kKelSambutan},
    {"Sungai Pinang", kKelSungaiPinang},
}};

constexpr std::array<SV, 2> kBidSetda{"Bagian Organisasi", "Bagian Tata Pemerintahan"};
constexpr std::array<SV, 4> kBidBkpsdm{"Bidang Penilaian Kinerja dan Penghargaan", "Bidang Mutasi dan Promosi",
                                       "Bidang Pengembangan Kompetensi Aparatur", "Sekretariat BKPSDM"};
constexpr std::array<SV, 4> kBidDinkes{"Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat",
                                       "Bidang Pencegahan dan Pengendalian Penyakit", "Sekretariat Dinas Kesehatan"};
constexpr std::array<SV, 4> kBidDukcapil{"Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
                                         "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                                         "Sekretariat Disdukcapil"};
constexpr std::array<SV, 3> kBidDpmptsp{"Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi Layanan",
                                        "Bidang Penanaman Modal"};
constexpr std::array<SV, 3> kBidDishub{"Bidang Lalu Lintas", "Bidang Angkutan", "Bidang Perparkiran"};

const std::array<OpdTemplate, 6> kOpds{{
    {"u-setda", "Sekretariat Daerah Kota Samarinda", "Sekretaris Daerah", Family::sekretariat, false, kBidSetda},
    {"u-bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)",
     "Kepala Badan Kepegawaian dan Pengembangan SDM", Family::bkpsdm, false, kBidBkpsdm},
    {"u-dinkes", "Dinas Kesehatan", "Kepala Dinas Kesehatan", Family::kesehatan, false, kBidDinkes},
    {"u-disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil)",
     "Kepala Dinas Kependudukan dan Pencatatan Sipil", Family::dukcapil, true, kBidDukcapil},
    {"u-dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu (DPMPTSP)",
     "Kepala Dinas Penanaman Modal dan PTSP", Family::perizinan, true, kBidDpmptsp},
    {"u-dishub", "Dinas Perhubungan (Dishub)", "Kepala Dinas Perhubungan", Family::perhubungan, true, kBidDishub},
}};

// Puskesmas named after the kecamatan or area they serve.
constexpr std::array<SV, 24> kPuskesmas{
    "Palaran",       "Sambutan",    "Sempaja",      "Loa Bakung",  "Samarinda Kota", "Air Putih",
    "Lempake",       "Harapan Baru", "Sidomulyo",   "Temindung",   "Mangkupalas",    "Karang Asam",
    "Bukuan",        "Makroman",    "Segiri",       "Baqa",        "Bengkuring",     "Juanda",
    "Wonorejo",      "Lok Bahu",    "Sungai Kapih", "Bantuas",     "Pasundan",       "Remaja"};

constexpr std::array<SV, 4> kSeksiKecamatan{"Seksi Pelayanan Umum", "Seksi Pemerintahan",
                                            "Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat"};
constexpr std::array<SV, 2> kSeksiBidang{"Seksi Perencanaan dan Evaluasi", "Seksi Pelaksanaan Layanan"};

using J = JenisJabatan;
constexpr std::array<PositionTemplate, 5> kPosUmum{{
    {"Pengadministrasi Perkantoran", J::pelaksana, "", "II/a", "III/a", ""},
    {"Pengelola Layanan Operasional", J::pelaksana, "", "II/b", "III/b", ""},
    {"Penata Layanan Operasional", J::pelaksana, "", "III/a", "III/c", ", S.Sos."},
    {"Analis Kebijakan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.AP."},
    {"Arsiparis Terampil", J::fungsional, "terampil", "II/b", "II/d", ", A.Md."},
}};
constexpr std::array<PositionTemplate, 5> kPosBkpsdm{{
    {"Analis Sumber Daya Manusia Aparatur Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.Psi."},
    {"Analis Sumber Daya Manusia Aparatur Ahli Muda", J::fungsional, "ahli-muda", "III/c", "III/d", ", S.H."},
    {"Pranata Sumber Daya Manusia Aparatur Terampil", J::fungsional, "terampil", "II/b", "II/d", ", A.Md."},
    {"Pranata Sumber Daya Manusia Aparatur Mahir", J::fungsional, "mahir", "III/a", "III/b", ""},
    {"Pengadministrasi Perkantoran", J::pelaksana, "", "II/a", "III/a", ""},
}};
constexpr std::array<PositionTemplate, 9> kPosPuskesmas{{
    {"Dokter Ahli Pertama", J::fungsional, "ahli-pertama", "III/b", "III/b", ""},
    {"Dokter Ahli Muda", J::fungsional, "ahli-muda", "III/c", "III/d", ""},
    {"Perawat Terampil", J::fungsional, "terampil", "II/c", "II/d", ", A.Md.Kep."},
    {"Perawat Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.Kep., Ns."},
    {"Bidan Terampil", J::fungsional, "terampil", "II/c", "II/d", ", A.Md.Keb."},
    {"Bidan Ahli Muda", J::fungsional, "ahli-muda", "III/c", "III/d", ", S.Tr.Keb."},
    {"Apoteker Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.Farm., Apt."},
    {"Nutrisionis Penyelia", J::fungsional, "penyelia", "III/c", "III/d", ", A.Md.Gz."},
    {"Sanitarian Mahir", J::fungsional, "mahir", "III/a", "III/b", ", A.Md.KL."},
}};
constexpr std::array<PositionTemplate, 4> kPosDinkes{{
    {"Administrator Kesehatan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.K.M."},
    {"Administrator Kesehatan Ahli Muda", J::fungsional, "ahli-muda", "III/c", "III/d", ", S.K.M., M.Kes."},
    {"Epidemiolog Kesehatan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.K.M."},
    {"Pengadministrasi Perkantoran", J::pelaksana, "", "II/a", "III/a", ""},
}};
constexpr std::array<PositionTemplate, 4> kPosDukcapil{{
    {"Administrator Database Kependudukan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.Kom."},
    {"Pranata Komputer Terampil", J::fungsional, "terampil", "II/c", "II/d", ", A.Md.Kom."},
    {"Operator Layanan Operasional", J::pelaksana, "", "II/a", "II/d", ""},
    {"Penata Layanan Operasional", J::pelaksana, "", "III/a", "III/c", ", S.E."},
}};
constexpr std::array<PositionTemplate, 4> kPosPerizinan{{
    {"Penata Perizinan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.H."},
    {"Penata Perizinan Ahli Muda", J::fungsional, "ahli-muda", "III/c", "III/d", ", S.E."},
    {"Operator Layanan Operasional", J::pelaksana, "", "II/a", "II/d", ""},
    {"Pengelola Layanan Operasional", J::pelaksana, "", "II/b", "III/b", ""},
}};
constexpr std::array<PositionTemplate, 4> kPosPerhubungan{{
    {"Penguji Kendaraan Bermotor Terampil", J::fungsional, "terampil", "II/c", "II/d", ", A.Md.T."},
    {"Penguji Kendaraan Bermotor Mahir", J::fungsional, "mahir", "III/a", "III/b", ""},
    {"Asisten Inspektur Angkutan", J::pelaksana, "", "II/b", "III/a", ""},
    {"Pengelola Layanan Operasional", J::pelaksana, "", "II/b", "III/b", ""},
}};
constexpr std::array<PositionTemplate, 4> kPosWilayah{{
    {"Pengelola Layanan Kemasyarakatan", J::pelaksana, "", "II/b", "III/b", ""},
    {"Pengadministrasi Perkantoran", J::pelaksana, "", "II/a", "III/a", ""},
    {"Penata Kelola Pemerintahan", J::pelaksana, "", "III/a", "III/c", ", S.IP."},
    {"Analis Kebijakan Ahli Pertama", J::fungsional, "ahli-pertama", "III/a", "III/b", ", S.Sos."},
}};

using P = Polaritas;
using A = Aspek;
// Targets are period-independent (rates, percentages, averages), so each
// period's realisation is compared with the same target.
// Measured from the unit's complaints and SKM answers, not typed (docs/domain.md §16a).
constexpr IndicatorTemplate kIndRespons{"ind-respons-pengaduan", "Pengaduan masyarakat ditanggapi dengan cepat",
                                        "Median waktu tanggapan pertama atas pengaduan", "hari", P::turun, A::waktu,
                                        1, 0, 0, JenisSumber::tanggapan_median};
constexpr IndicatorTemplate kIndSkm{"ind-skm", "Kepuasan penerima layanan meningkat",
                                    "Indeks Kepuasan Masyarakat (IKM) unit layanan", "nilai", P::naik,
                                    A::kualitas, 82, 0, 0, JenisSumber::ikm};
constexpr IndicatorTemplate kIndTuntas{"ind-pengaduan-tuntas", "Pengaduan masyarakat ditanggapi dengan cepat",
                                       "Persentase pengaduan selesai dalam batas waktu SP4N-LAPOR!", "%", P::naik,
                                       A::waktu, 90, 0, 0, JenisSumber::selesai_tepat_waktu};
constexpr IndicatorTemplate kIndAnggaran{"ind-serapan-anggaran", "Anggaran kegiatan dikelola secara akuntabel",
                                         "Persentase penyerapan anggaran kegiatan", "%", P::rentang, A::biaya, 0, 90,
                                         100};
constexpr IndicatorTemplate kIndLaporan{"ind-laporan-kinerja", "Laporan kinerja disusun tepat waktu",
                                        "Jumlah laporan kinerja triwulan yang disampaikan", "dokumen", P::tepat,
                                        A::kuantitas, 1, 0, 0};

constexpr std::array<IndicatorTemplate, 3> kIndPuskesmas{{
    {"ind-pasien-harian", "Pelayanan kesehatan dasar terlaksana", "Rata-rata pasien rawat jalan dilayani per hari",
     "orang", P::naik, A::kuantitas, 60, 0, 0, JenisSumber::volume_harian, "Rawat jalan"},
    {"ind-imunisasi", "Cakupan imunisasi dasar lengkap tercapai", "Persentase bayi mendapat imunisasi dasar lengkap",
     "%", P::naik, A::kualitas, 95, 0, 0},
    {"ind-tunggu-poli", "Pelayanan kesehatan dasar terlaksana", "Waktu tunggu rata-rata pelayanan rawat jalan",
     "menit", P::turun, A::waktu, 60, 0, 0},
}};
constexpr std::array<IndicatorTemplate, 2> kIndKesehatan{{
    {"ind-puskesmas-akreditasi", "Mutu fasilitas kesehatan terjaga",
     "Persentase puskesmas yang memenuhi standar pelayanan minimal", "%", P::naik, A::kualitas, 90, 0, 0},
    {"ind-kasus-dbd-respons", "Penyakit menular dikendalikan", "Persentase kasus DBD yang ditangani dalam 24 jam",
     "%", P::naik, A::waktu, 100, 0, 0},
}};
constexpr std::array<IndicatorTemplate, 3> kIndDukcapil{{
    kIndTuntas,
    {"ind-dokumen-tepat-waktu", "Dokumen kependudukan terbit tepat waktu",
     "Persentase dokumen kependudukan terbit sesuai standar waktu", "%", P::naik, A::waktu, 95, 0, 0},
    {"ind-ktp-harian", "Dokumen kependudukan terbit tepat waktu", "Rata-rata KTP-el tercetak per hari kerja",
     "keping", P::naik, A::kuantitas, 250, 0, 0, JenisSumber::volume_harian, "KTP-el dicetak"},
}};
constexpr std::array<IndicatorTemplate, 3> kIndPerizinan{{
    kIndTuntas,
    {"ind-izin-sla", "Perizinan berusaha terbit sesuai standar", "Persentase izin terbit sesuai standar waktu layanan",
     "%", P::naik, A::waktu, 90, 0, 0},
    {"ind-izin-hari", "Perizinan berusaha terbit sesuai standar", "Waktu rata-rata penerbitan izin", "hari", P::turun,
     A::waktu, 5, 0, 0},
}};
constexpr std::array<IndicatorTemplate, 2> kIndPerhubungan{{
    {"ind-uji-kir", "Kendaraan angkutan laik jalan", "Rata-rata kendaraan diuji berkala per hari kerja", "unit",
     P::naik, A::kuantitas, 40, 0, 0},
    {"ind-okupansi-parkir", "Perparkiran tertib", "Tingkat keterisian parkir tepi jalan yang dikelola", "%",
     P::rentang, A::kualitas, 0, 60, 85},
}};
constexpr std::array<IndicatorTemplate, 2> kIndWilayah{{
    {"ind-surat-selesai", "Layanan administrasi kewilayahan cepat",
     "Waktu rata-rata penyelesaian surat keterangan", "jam", P::turun, A::waktu, 2, 0, 0},
    {"ind-layanan-tuntas", "Layanan administrasi kewilayahan cepat",
     "Persentase permohonan layanan administrasi selesai di hari yang sama", "%", P::naik, A::kuantitas, 85, 0, 0},
}};
constexpr std::array<IndicatorTemplate, 2> kIndBkpsdm{{
    {"ind-skp-tepat-waktu", "Manajemen kinerja ASN berjalan tertib",
     "Persentase ASN yang SKP-nya ditetapkan tepat waktu", "%", P::naik, A::waktu, 95, 0, 0},
    {"ind-usulan-kp-hari", "Layanan kepegawaian cepat dan akurat",
     "Waktu rata-rata penyelesaian usulan kenaikan pangkat", "hari", P::turun, A::waktu, 14, 0, 0},
}};
constexpr std::array<IndicatorTemplate, 1> kIndSekretariat{{
    {"ind-rekomendasi-tl", "Kebijakan organisasi perangkat daerah efektif",
     "Persentase rekomendasi evaluasi kelembagaan yang ditindaklanjuti", "%", P::naik, A::kualitas, 80, 0, 0},
}};

// The per-family list: the family's own indicators first, then the shared ones.
template <bool Service, std::size_t N>
constexpr auto with_shared(const std::array<IndicatorTemplate, N>& own) {
  constexpr std::size_t kShared = Service ? 3 : 2;
  std::array<IndicatorTemplate, N + kShared> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = own[i];
  if constexpr (Service) {
    out[N] = kIndRespons;
    out[N + 1] = kIndSkm;
    out[N + 2] = kIndAnggaran;
  } else {
    out[N] = kIndAnggaran;
    out[N + 1] = kIndLaporan;
  }
  return out;
}
constexpr auto kFamPuskesmas = with_shared<true>(kIndPuskesmas);
constexpr auto kFamKesehatan = with_shared<false>(kIndKesehatan);
constexpr auto kFamDukcapil = with_shared<true>(kIndDukcapil);
constexpr auto kFamPerizinan = with_shared<true>(kIndPerizinan);
constexpr auto kFamPerhubungan = with_shared<true>(kIndPerhubungan);
constexpr auto kFamWilayah = with_shared<true>(kIndWilayah);
constexpr auto kFamBkpsdm = with_shared<false>(kIndBkpsdm);
constexpr auto kFamSekretariat = with_shared<false>(kIndSekretariat);

constexpr std::array<IndicatorTemplate, 21> kAllIndicators{
    kIndRespons,        kIndSkm,            kIndTuntas,         kIndAnggaran,       kIndLaporan,
    kIndPuskesmas[0],   kIndPuskesmas[1],   kIndPuskesmas[2],   kIndKesehatan[0],   kIndKesehatan[1],
    kIndDukcapil[1],    kIndDukcapil[2],    kIndPerizinan[1],   kIndPerizinan[2],   kIndPerhubungan[0],
    kIndPerhubungan[1], kIndWilayah[0],     kIndWilayah[1],     kIndBkpsdm[0],      kIndBkpsdm[1],
    kIndSekretariat[0]};

using N = NilaiBerakhlak;
constexpr std::array<N, 2> kTnPelayanan{N::berorientasi_pelayanan, N::harmonis};
constexpr std::array<A, 1> kTaKualitas{A::kualitas};
constexpr std::array<N, 1> kTnAkuntabel{N::akuntabel};
constexpr std::array<A, 1> kTaBiaya{A::biaya};
constexpr std::array<N, 0> kTnNone{};
constexpr std::array<A, 1> kTaWaktu{A::waktu};
constexpr std::array<N, 2> kTnKompeten{N::kompeten, N::adaptif};
constexpr std::array<A, 0> kTaNone{};
constexpr std::array<N, 1> kTnKolaboratif{N::kolaboratif};
constexpr std::array<N, 2> kTnLoyal{N::loyal, N::harmonis};
constexpr std::array<N, 1> kTnPengaduan{N::berorientasi_pelayanan};
constexpr std::array<A, 2> kTaPengaduan{A::waktu, A::kualitas};
constexpr std::array<N, 1> kTnKinerja{N::kompeten};
constexpr std::array<A, 1> kTaKuantitas{A::kuantitas};
constexpr std::array<N, 1> kTnAdaptif{N::adaptif};

const std::array<TrainingTemplate, 10> kTrainings{{
    {"tr-pelayanan-prima", "Pelatihan Pelayanan Prima",
     "Standar pelayanan, komunikasi dengan warga dan penanganan keluhan di loket.", kTnPelayanan, kTaKualitas, 24},
    {"tr-integritas", "Integritas dan Pencegahan Korupsi", "Nilai integritas, benturan kepentingan dan gratifikasi.",
     kTnAkuntabel, kTaNone, 16},
    {"tr-keuangan", "Pengelolaan Keuangan dan Barang Milik Daerah",
     "Perencanaan dan penyerapan anggaran, pertanggungjawaban belanja.", kTnAkuntabel, kTaBiaya, 24},
    {"tr-manajemen-waktu", "Manajemen Waktu dan Prioritas Kerja", "Perencanaan kerja harian dan penyelesaian tepat waktu.",
     kTnNone, kTaWaktu, 12},
    {"tr-literasi-digital", "Literasi Digital ASN", "Aplikasi layanan, keamanan data dan kerja daring.", kTnKompeten,
     kTaNone, 20},
    {"tr-kolaborasi", "Kerja Tim dan Kolaborasi Lintas Unit", "Kerja sama antarunit dan pemanfaatan sumber daya bersama.",
     kTnKolaboratif, kTaNone, 12},
    {"tr-wawasan-kebangsaan", "Wawasan Kebangsaan dan Etika ASN", "Pancasila, kode etik dan menjaga nama baik instansi.",
     kTnLoyal, kTaNone, 12},
    {"tr-pengaduan", "Penanganan Pengaduan melalui SP4N-LAPOR!",
     "Menanggapi dan menuntaskan pengaduan dalam batas waktu.", kTnPengaduan, kTaPengaduan, 8},
    {"tr-skp-dialog", "Penyusunan SKP dan Dialog Kinerja", "Menyusun RHK, indikator dan target, serta dialog kinerja.",
     kTnKinerja, kTaKuantitas, 8},
    {"tr-inovasi", "Inovasi Pelayanan Publik", "Merancang perbaikan layanan dari masukan warga.", kTnAdaptif,
     kTaKualitas, 16},
}};

constexpr std::array<SV, 7> kComplaintCategories{"Antrean dan waktu tunggu", "Sikap petugas", "Persyaratan layanan",
                                                 "Biaya atau pungutan", "Sarana dan prasarana",
                                                 "Informasi layanan", "Hasil layanan tidak sesuai"};
constexpr std::array<SV, 5> kFeedbackGood{
    "Realisasi didukung bukti yang lengkap; pertahankan.", "Capaian di atas target, terima kasih atas kerja kerasnya.",
    "Konsisten dan tepat waktu; bagikan caranya kepada rekan satu tim.",
    "Pelayanan kepada warga ramah dan cepat menurut survei.", "Laporan rapi dan mudah diverifikasi."};
constexpr std::array<SV, 5> kFeedbackImprove{
    "Bukti dukung belum lengkap; lampirkan tautan dokumen pada triwulan berikutnya.",
    "Waktu tanggapan pengaduan masih di atas target; mari susun jadwal piket.",
    "Perlu koordinasi lebih awal dengan unit lain.", "Target belum tercapai; kita bahas hambatannya dalam dialog kinerja.",
    "Perhatikan ketepatan waktu pelaporan."};

} // namespace

std::span<const SV> given_names_male() { return kGivenMale; }
std::span<const SV> given_names_female() { return kGivenFemale; }
std::span<const SV> second_names_male() { return kSecondMale; }
std::span<const SV> second_names_female() { return kSecondFemale; }
std::span<const Kecamatan> kecamatan() { return kKecamatan; }
std::span<const OpdTemplate> opds() { return kOpds; }
std::span<const SV> puskesmas_areas() { return kPuskesmas; }
std::span<const SV> seksi_kecamatan() { return kSeksiKecamatan; }
std::span<const SV> seksi_bidang() { return kSeksiBidang; }

std::span<const PositionTemplate> staff_positions(Family f) {
  switch (f) {
    case Family::bkpsdm: return kPosBkpsdm;
    case Family::kesehatan: return kPosDinkes;
    case Family::puskesmas: return kPosPuskesmas;
    case Family::dukcapil: return kPosDukcapil;
    case Family::perizinan: return kPosPerizinan;
    case Family::perhubungan: return kPosPerhubungan;
    case Family::wilayah: return kPosWilayah;
    case Family::sekretariat: break;
  }
  return kPosUmum;
}

std::span<const IndicatorTemplate> indicators(Family f) {
  switch (f) {
    case Family::bkpsdm: return kFamBkpsdm;
    case Family::kesehatan: return kFamKesehatan;
    case Family::puskesmas: return kFamPuskesmas;
    case Family::dukcapil: return kFamDukcapil;
    case Family::perizinan: return kFamPerizinan;
    case Family::perhubungan: return kFamPerhubungan;
    case Family::wilayah: return kFamWilayah;
    case Family::sekretariat: break;
  }
  return kFamSekretariat;
}

std::span<const IndicatorTemplate> all_indicators() { return kAllIndicators; }
std::span<const TrainingTemplate> trainings() { return kTrainings; }
std::span<const SV> complaint_categories() { return kComplaintCategories; }
std::span<const SV> feedback_good() { return kFeedbackGood; }
std::span<const SV> feedback_improve() { return kFeedbackImprove; }

} // namespace kinerja::demo_data
