package com.shopassistant.assistant.offline;

import java.util.List;
import java.util.Set;

/**
 * Tells Bahasa Indonesia from English by common words of each. A message with no telling words
 * ("ok", "DP0001") keeps the language of the customer's earlier messages, then the request's hint.
 */
final class Language {

  static final String EN = "en";
  static final String ID = "id";

  private static final Set<String> INDONESIAN =
      Set.of(
          "saya",
          "aku",
          "cari",
          "carikan",
          "yang",
          "di",
          "ke",
          "bawah",
          "atas",
          "ribu",
          "rb",
          "juta",
          "jt",
          "keranjang",
          "pesanan",
          "tambahkan",
          "tambah",
          "hapus",
          "lihat",
          "alamat",
          "bayar",
          "pakai",
          "dengan",
          "tidak",
          "ya",
          "iya",
          "lanjut",
          "setuju",
          "boleh",
          "batal",
          "batalkan",
          "mana",
          "apa",
          "berapa",
          "stok",
          "kosongkan",
          "tolong",
          "mau",
          "ingin",
          "ada",
          "untuk",
          "dong",
          "kak",
          "terima",
          "kasih",
          "makasih",
          "halo",
          "selamat",
          "pagi",
          "kirim",
          "harga",
          "murah",
          "mahal",
          "sepatu",
          "baju",
          "kaos",
          "warna",
          "ukuran",
          "biru",
          "merah",
          "hitam",
          "putih",
          "hijau",
          "kuning",
          "kedua",
          "pertama",
          "ketiga",
          "semua",
          "sudah",
          "belum",
          "bisa",
          "kembalikan",
          "tukar",
          "metode",
          "pembayaran",
          "kartu",
          "kredit",
          "rumah",
          "kantor",
          "antara",
          "sampai",
          "hingga",
          "bicara",
          "itu",
          "ini",
          "dan",
          "atau",
          "jadi",
          "ganti",
          "ubah",
          "produk",
          "barang",
          "kategori",
          "bantuan",
          "jumlah",
          "buah",
          "gak",
          "nggak",
          "salah",
          "perlu",
          "butuh",
          "pakaian",
          "nya",
          "punya",
          "dari",
          "bagaimana",
          "kenapa",
          "kapan",
          "status",
          "pengembalian",
          "dana",
          "tas",
          "jaket");
  private static final Set<String> ENGLISH =
      Set.of(
          "i",
          "my",
          "me",
          "the",
          "find",
          "show",
          "search",
          "under",
          "below",
          "above",
          "over",
          "between",
          "and",
          "cart",
          "add",
          "remove",
          "what",
          "where",
          "is",
          "are",
          "please",
          "want",
          "need",
          "yes",
          "no",
          "cancel",
          "to",
          "of",
          "for",
          "with",
          "in",
          "it",
          "one",
          "address",
          "addresses",
          "payment",
          "methods",
          "help",
          "hello",
          "thanks",
          "thank",
          "you",
          "details",
          "about",
          "tell",
          "stock",
          "change",
          "quantity",
          "empty",
          "use",
          "orders",
          "order",
          "return",
          "exchange",
          "shoes",
          "cheap",
          "second",
          "first",
          "blue",
          "black",
          "red",
          "white",
          "how",
          "much",
          "do",
          "have",
          "can",
          "could",
          "would",
          "like",
          "looking");

  private Language() {}

  /** "id", "en", or null when the text does not tell. */
  static String of(String text) {
    int indonesian = 0;
    int english = 0;
    for (String word : Words.split(Words.normalize(text))) {
      indonesian += INDONESIAN.contains(word) ? 1 : 0;
      english += ENGLISH.contains(word) ? 1 : 0;
    }
    if (indonesian == english) {
      return null;
    }
    return indonesian > english ? ID : EN;
  }

  /**
   * The language to answer {@code text} in, looking back at earlier messages when it is unclear.
   */
  static String of(String text, List<String> earlierNewestFirst, String hint) {
    String language = of(text);
    for (int i = 0; language == null && i < earlierNewestFirst.size(); i++) {
      language = of(earlierNewestFirst.get(i));
    }
    if (language != null) {
      return language;
    }
    return ID.equals(hint) ? ID : EN;
  }
}
