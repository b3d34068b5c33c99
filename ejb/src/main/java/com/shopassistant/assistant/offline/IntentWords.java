package com.shopassistant.assistant.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keywords (and short phrases) that tell what a message asks for, English and Indonesian side
 * by side. Keywords of seven letters or more also match with one typo ({@link Words#same}).
 */
final class IntentWords {

  private IntentWords() {}

  static final Set<String> YES =
      Set.of(
          "yes",
          "y",
          "yep",
          "yeah",
          "yup",
          "sure",
          "ok",
          "okay",
          "confirm",
          "confirmed",
          "proceed",
          "ya",
          "iya",
          "yaa",
          "oke",
          "okey",
          "lanjut",
          "lanjutkan",
          "setuju",
          "boleh",
          "betul",
          "benar",
          "konfirmasi",
          "sip",
          "siap",
          "gas");

  /** Words that may stand beside a yes without making it anything else. */
  static final Set<String> YES_FILLER =
      Set.of(
          "please",
          "go",
          "ahead",
          "do",
          "it",
          "place",
          "the",
          "order",
          "that",
          "is",
          "fine",
          "right",
          "correct",
          "thanks",
          "thank",
          "you",
          "pesanan",
          "saja",
          "aja",
          "dong",
          "deh",
          "kak",
          "silakan",
          "tolong",
          "pesan",
          "buat",
          "checkout",
          "bayar",
          "sekarang",
          "now");

  static final Set<String> NO =
      Set.of(
          "no",
          "nope",
          "nah",
          "tidak",
          "nggak",
          "ngga",
          "gak",
          "ga",
          "enggak",
          "jangan",
          "batal",
          "cancel",
          "stop",
          "nevermind");
  static final Set<String> NO_FILLER =
      Set.of(
          "that", "it", "this", "please", "thanks", "jadi", "dulu", "saja", "aja", "deh", "dong",
          "never", "mind", "not", "now", "yet", "nanti", "later", "thank", "you", "kak", "sorry",
          "maaf", "terima", "kasih", "ini", "itu");

  static final Set<String> HUMAN =
      Set.of(
          "human",
          "agent",
          "real person",
          "customer service",
          "customer support",
          "cs",
          "operator",
          "manusia",
          "representative",
          "petugas",
          "talk to someone",
          "live chat");
  static final Set<String> GREETING =
      Set.of(
          "hi",
          "hello",
          "hey",
          "halo",
          "hallo",
          "hai",
          "good morning",
          "good afternoon",
          "good evening",
          "selamat pagi",
          "selamat siang",
          "selamat sore",
          "selamat malam",
          "assalamualaikum",
          "pagi");
  static final Set<String> THANKS =
      Set.of("thanks", "thank you", "thx", "terima kasih", "makasih", "trims", "tq", "ty");
  static final Set<String> HELP =
      Set.of(
          "help",
          "bantuan",
          "bantu",
          "what can you do",
          "apa yang bisa",
          "bisa apa",
          "how does this work",
          "cara pakai");

  static final Set<String> ORDER =
      Set.of(
          "order",
          "orders",
          "pesanan",
          "pesananku",
          "pesanannya",
          "purchase",
          "purchases",
          "pembelian",
          "riwayat");
  static final Set<String> CANCEL = Set.of("cancel", "batalkan", "batal", "membatalkan");
  static final Set<String> RETURN =
      Set.of(
          "return",
          "returns",
          "refund",
          "kembalikan",
          "retur",
          "pengembalian",
          "send back",
          "mengembalikan");
  static final Set<String> EXCHANGE =
      Set.of("exchange", "swap", "tukar", "tukarkan", "menukar", "penukaran", "switch");
  static final Set<String> CHANGE =
      Set.of(
          "change",
          "ubah",
          "ganti",
          "update",
          "modify",
          "set",
          "make it",
          "jadikan",
          "edit",
          "mengubah",
          "mengganti");
  static final Set<String> STATUS =
      Set.of(
          "status",
          "where",
          "track",
          "tracking",
          "dimana",
          "di mana",
          "sampai mana",
          "lacak",
          "kapan",
          "arrive",
          "sampai");

  static final Set<String> CHECKOUT =
      Set.of(
          "checkout",
          "place order",
          "place my order",
          "place the order",
          "buat pesanan",
          "bayar",
          "pay",
          "beli sekarang",
          "order now",
          "selesaikan pesanan",
          "proses pesanan");
  static final Set<String> VOUCHER =
      Set.of("voucher", "vouchers", "vocer", "kupon", "coupon", "coupons", "promo", "promo code");
  static final Set<String> ADDRESS = Set.of("address", "addresses", "alamat");
  static final Set<String> PAYMENT_METHODS =
      Set.of(
          "payment method",
          "payment methods",
          "payment options",
          "metode pembayaran",
          "cara bayar",
          "cara pembayaran",
          "my cards",
          "kartu saya",
          "how can i pay");

  static final Set<String> CART = Set.of("cart", "basket", "keranjang", "troli", "trolley");
  static final Set<String> VIEW =
      Set.of(
          "show",
          "view",
          "see",
          "lihat",
          "isi",
          "what is in",
          "whats in",
          "tampilkan",
          "cek",
          "check",
          "my");
  static final Set<String> CLEAR =
      Set.of(
          "empty",
          "clear",
          "kosongkan",
          "bersihkan",
          "remove everything",
          "remove all",
          "delete all",
          "hapus semua",
          "hapus semuanya");
  static final Set<String> REMOVE =
      Set.of(
          "remove",
          "delete",
          "hapus",
          "buang",
          "keluarkan",
          "take out",
          "get rid of",
          "lepas",
          "cabut");
  static final Set<String> QUANTITY = Set.of("quantity", "qty", "jumlah", "jumlahnya", "jadi");
  static final Set<String> ADD =
      Set.of(
          "add",
          "tambah",
          "tambahkan",
          "masukkan",
          "masukin",
          "put",
          "ill take",
          "i will take",
          "buy",
          "beli",
          "mau beli",
          "pesan",
          "ambil",
          "want to buy");

  static final Set<String> STOCK =
      Set.of(
          "stock",
          "stok",
          "in stock",
          "availability",
          "ready",
          "ready stock",
          "masih ada",
          "habis",
          "sisa",
          "available");
  static final Set<String> DETAILS =
      Set.of(
          "details",
          "detail",
          "tell me about",
          "tell me more",
          "more about",
          "info",
          "informasi",
          "spec",
          "specs",
          "spesifikasi",
          "describe",
          "jelaskan",
          "ceritakan",
          "how much",
          "berapa harga",
          "harganya",
          "what about");
  static final Set<String> SEARCH =
      Set.of(
          "find",
          "search",
          "show",
          "looking for",
          "look for",
          "do you have",
          "got any",
          "any",
          "cari",
          "carikan",
          "mencari",
          "ada",
          "tampilkan",
          "lihat",
          "need",
          "want",
          "butuh",
          "perlu",
          "recommend",
          "rekomendasi",
          "suggest",
          "browse",
          "list");
  static final Set<String> CATEGORIES =
      Set.of("categories", "category", "kategori", "what do you sell", "jual apa");
  static final Set<String> QUESTION =
      Set.of("what", "why", "how", "when", "who", "kenapa", "mengapa", "bagaimana", "siapa");

  /** Every single keyword: none of them is a product's name word. */
  static final Set<String> ALL = union();

  private static Set<String> union() {
    Set<String> words = new HashSet<>();
    for (Set<String> set :
        List.of(
            YES,
            NO,
            HUMAN,
            GREETING,
            THANKS,
            HELP,
            ORDER,
            CANCEL,
            RETURN,
            EXCHANGE,
            CHANGE,
            STATUS,
            CHECKOUT,
            VOUCHER,
            ADDRESS,
            PAYMENT_METHODS,
            CART,
            VIEW,
            CLEAR,
            REMOVE,
            QUANTITY,
            ADD,
            STOCK,
            DETAILS,
            SEARCH,
            CATEGORIES,
            QUESTION)) {
      for (String phrase : set) {
        words.addAll(List.of(phrase.split(" ")));
      }
    }
    return Set.copyOf(words);
  }
}
