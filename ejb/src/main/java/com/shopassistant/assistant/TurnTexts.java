package com.shopassistant.assistant;

import com.shopassistant.customer.CustomerTier;
import com.shopassistant.usage.BudgetPeriod;
import com.shopassistant.usage.TokenBudgetExceededException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

  /** The model's capacity for this minute (all customers together) is used up. */
  static String busy(String language, long retryAfterSeconds) {
    return "id".equals(language)
        ? "Maaf, asisten sedang sangat sibuk. Silakan kirim pesan Anda lagi dalam "
            + retryAfterSeconds
            + " detik."
        : "Sorry, the assistant is very busy right now. Please send your message again in "
            + retryAfterSeconds
            + (retryAfterSeconds == 1 ? " second." : " seconds.");
  }

  /**
   * A polite refusal when the budget is used up (seed: guests are invited to sign up, free
   * customers to upgrade), naming when it resets in the store's time zone.
   */
  static String budgetExceeded(String language, TokenBudgetExceededException refusal, ZoneId zone) {
    boolean id = "id".equals(language);
    boolean daily = refusal.period() == BudgetPeriod.DAY;
    String resets =
        refusal
                .resetsAt()
                .atZoneSameInstant(zone)
                .format(DateTimeFormatter.ofPattern(daily ? "HH:mm" : "d MMM yyyy HH:mm"))
            + " ("
            + zone.getId()
            + ")";
    String used =
        id
            ? (daily ? "Batas harian" : "Batas bulanan") + " asisten untuk akun Anda sudah habis."
            : "You have used up your " + (daily ? "daily" : "monthly") + " assistant allowance.";
    String next =
        refusal.tier() == CustomerTier.GUEST
            ? (id
                ? " Daftar akun gratis untuk terus mengobrol, atau kembali setelah "
                : " Sign up for a free account to keep chatting, or come back after ")
            : refusal.tier() == CustomerTier.FREE
                ? (id
                    ? " Tingkatkan ke Premium untuk batas yang lebih besar, atau kembali setelah "
                    : " Upgrade to Premium for a larger allowance, or come back after ")
                : (id ? " Batas ini diatur ulang pada " : " It resets at ");
    return used + next + resets + ".";
  }
}
