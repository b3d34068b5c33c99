package com.shopassistant.assistant;

/** The few sentences the loop itself says, in English and Bahasa Indonesia. */
final class TurnTexts {

  private TurnTexts() {}

  static String loopCap(String language, int calls) {
    return "id".equals(language)
        ? "Maaf, permintaan ini butuh lebih banyak langkah daripada yang boleh saya lakukan"
            + " dalam satu pesan ("
            + calls
            + " panggilan model). Yang sudah selesai tetap tersimpan; coba pecah permintaan"
            + " Anda menjadi langkah yang lebih kecil."
        : "Sorry, this request needed more steps than I may take for one message ("
            + calls
            + " model calls). What is done so far is kept; please ask again in smaller steps.";
  }

  static String unavailable(String language) {
    return "id".equals(language)
        ? "Maaf, asisten sedang tidak dapat menjawab. Silakan coba lagi sebentar lagi."
        : "Sorry, the assistant cannot answer right now. Please try again in a moment.";
  }
}
