package com.shopassistant.assistant;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses whether a message is Bahasa Indonesia or English from common Indonesian words, so
 * summaries, fallbacks and the offline assistant answer in the customer's language. A message with
 * no telling word keeps the conversation's language.
 */
public final class CustomerLanguage {

  private static final Set<String> INDONESIAN =
      Set.of(
          "yang",
          "saya",
          "aku",
          "dan",
          "di",
          "ke",
          "untuk",
          "tolong",
          "cari",
          "carikan",
          "mau",
          "apa",
          "ada",
          "bisa",
          "dengan",
          "ini",
          "itu",
          "pesanan",
          "keranjang",
          "harga",
          "murah",
          "ribu",
          "rb",
          "juta",
          "jt",
          "bayar",
          "kirim",
          "alamat",
          "tidak",
          "belum",
          "sudah",
          "berapa",
          "tambahkan",
          "tambah",
          "hapus",
          "lihat",
          "batalkan",
          "pakai",
          "kode",
          "ya",
          "iya",
          "dong",
          "kak",
          "gan",
          "terima",
          "kasih",
          "bawah",
          "atas",
          "warna",
          "ukuran");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private CustomerLanguage() {}

  /** "id" or "en": the message's language, or {@code previous} when the message does not tell. */
  public static String of(String message, String previous) {
    String fallback = "id".equals(previous) ? "id" : "en";
    if (message == null) {
      return fallback;
    }
    int indonesian = 0;
    int words = 0;
    for (String word : NON_WORD.split(message.toLowerCase(Locale.ROOT))) {
      if (!word.isEmpty()) {
        words++;
        indonesian += INDONESIAN.contains(word) ? 1 : 0;
      }
    }
    if (indonesian == 0) {
      return words >= 3 ? "en" : fallback;
    }
    return "id";
  }
}
