// Labels in English and Bahasa Indonesia, chosen by the browser's preferred languages
// (navigator.languages): the first of them that is English or Indonesian wins, English otherwise.

const EN = {
  'app.title': 'Shop Assistant',
  'app.skip': 'Skip to the conversation',
  'chat.log': 'Conversation',
  'chat.input': 'Message to the assistant',
  'chat.placeholder': 'Message the assistant…',
  'chat.send': 'Send',
  'chat.new': 'New chat',
  'chat.typing': 'The assistant is writing…',
  'chat.you': 'You',
  'chat.assistant': 'Assistant',
  'chat.welcome':
    'Hello! I can find products, fill your cart, apply vouchers, check out and look after your orders. What are you looking for?',
  'chat.failed': 'The assistant could not answer. Please try again in a moment.',
  'chat.rateLimited': 'You are sending messages quickly. Please wait a minute and try again.',
  'chat.busy': 'The assistant is very busy right now. Please try again in {seconds} seconds.',
  'tool.running': 'Working: {name}',
  'budget.warning': 'You have used most of your assistant allowance for {period}.',
  'budget.exceeded.title': 'You have reached your assistant allowance',
  'budget.exceeded.body':
    'Your {tier} allowance for {period} is used up. It resets at {resetsAt}. You can still browse and use your cart.',
  'budget.exceeded.guest': 'Create a free account for a bigger allowance.',
  'budget.today': 'today',
  'budget.month': 'this month',
  'card.options': 'Options',
  'card.add': 'Add to cart',
  'card.added': 'Added',
  'card.inStock': 'In stock',
  'card.lowStock': 'Only {n} left',
  'card.outOfStock': 'Out of stock',
  'card.from': 'from {price}',
  'card.results': 'Products found',
  'confirm.title': 'Please confirm',
  'confirm.expires': 'Valid until {time}',
  'confirm.yes': 'Confirm',
  'confirm.no': 'Cancel',
  'confirm.yesMessage': 'Yes, confirm',
  'confirm.noMessage': 'No, cancel that',
  'confirm.done': 'Sent',
  'action.CHECKOUT': 'Place the order',
  'action.CANCEL_ORDER': 'Cancel the order',
  'action.RETURN_ITEMS': 'Return items',
  'action.EXCHANGE_ITEMS': 'Exchange items',
  'action.MODIFY_ORDER_ADDRESS': 'Change the shipping address',
  'action.MODIFY_ORDER_PAYMENT': 'Change the payment method',
  'action.MODIFY_ORDER_ITEMS': 'Change the items',
  'action.CHANGE_DEFAULT_ADDRESS': 'Change the default address',
  'cart.open': 'Cart',
  'cart.title': 'Your cart',
  'cart.close': 'Close the cart',
  'cart.empty': 'Your cart is empty.',
  'cart.quantity': 'Quantity of {name}',
  'cart.remove': 'Remove {name}',
  'cart.subtotal': 'Subtotal',
  'cart.discount': 'Discount',
  'cart.total': 'Total',
  'cart.voucher': 'Voucher code',
  'cart.applyVoucher': 'Apply',
  'cart.removeVoucher': 'Remove voucher',
  'cart.voucherApplied': 'Voucher {code} applied',
  'cart.checkout': 'Check out with the assistant',
  'cart.checkoutMessage': 'Please check out my cart',
  'orders.open': 'Orders',
  'orders.title': 'Your orders',
  'orders.empty': 'No orders yet.',
  'orders.items': '{n} item(s)',
  'account.signIn': 'Sign in',
  'account.signOut': 'Sign out',
  'account.guest': 'Guest',
  'account.title': 'Your account',
  'account.close': 'Close',
  'account.email': 'E-mail',
  'account.password': 'Password',
  'account.firstName': 'First name (optional)',
  'account.login': 'Sign in',
  'account.register': 'Create account',
  'account.registerHint': 'Registering keeps this chat and cart, and gives you the free tier.',
  'account.signedIn': 'Signed in as {who}',
  'status.offline': 'The connection failed. Check your network and try again.',
  'admin.title': 'Shop Assistant — administration',
  'admin.signInTitle': 'Administrator sign-in',
  'admin.username': 'User name',
  'admin.range': 'Days shown',
  'admin.refresh': 'Refresh',
  'admin.tokensByDay': 'Tokens per day by model',
  'admin.costByDay': 'Cost per day by model (USD)',
  'admin.topUsers': 'Top customers by cost (USD)',
  'admin.refusals': 'Budget refusals (this instance)',
  'admin.fallbacks': 'Model fallbacks (this instance)',
  'admin.alerts': 'Today',
  'admin.todayCost': 'Cost today: {cost} of the {threshold} alert threshold',
  'admin.overWarning': 'Customers past {share} of a limit: {n}',
  'admin.costAlert': 'The daily cost alert is on.',
  'admin.noData': 'No data in this range.',
  'admin.noCounts': 'None since this instance started.',
  'admin.tier': 'Change a customer’s tier',
  'admin.customerId': 'Customer id',
  'admin.newTier': 'New tier',
  'admin.apply': 'Change tier',
  'admin.tierChanged': 'Customer {id} ({who}) moved from {from} to {to}.',
  'admin.links': 'Tools',
  'admin.metrics': 'Metrics (/metrics)',
  'admin.openapi': 'API explorer (/openapi/ui)',
  'admin.adminCenter': 'Liberty admin center',
  'admin.notAdmin': 'This account is not an administrator.',
  'admin.chart.table': 'Data of the chart',
};

const ID = {
  'app.title': 'Asisten Belanja',
  'app.skip': 'Lompat ke percakapan',
  'chat.log': 'Percakapan',
  'chat.input': 'Pesan untuk asisten',
  'chat.placeholder': 'Tulis pesan untuk asisten…',
  'chat.send': 'Kirim',
  'chat.new': 'Obrolan baru',
  'chat.typing': 'Asisten sedang menulis…',
  'chat.you': 'Anda',
  'chat.assistant': 'Asisten',
  'chat.welcome':
    'Halo! Saya bisa mencari produk, mengisi keranjang, memakai voucher, checkout, dan mengurus pesanan Anda. Apa yang Anda cari?',
  'chat.failed': 'Asisten tidak dapat menjawab. Silakan coba lagi sebentar lagi.',
  'chat.rateLimited': 'Anda mengirim pesan terlalu cepat. Tunggu satu menit lalu coba lagi.',
  'chat.busy': 'Asisten sedang sangat sibuk. Silakan coba lagi dalam {seconds} detik.',
  'tool.running': 'Sedang diproses: {name}',
  'budget.warning': 'Anda sudah memakai sebagian besar jatah asisten untuk {period}.',
  'budget.exceeded.title': 'Jatah asisten Anda sudah habis',
  'budget.exceeded.body':
    'Jatah {tier} Anda untuk {period} sudah terpakai. Jatah kembali pada {resetsAt}. Anda tetap bisa melihat produk dan memakai keranjang.',
  'budget.exceeded.guest': 'Buat akun gratis untuk jatah yang lebih besar.',
  'budget.today': 'hari ini',
  'budget.month': 'bulan ini',
  'card.options': 'Pilihan',
  'card.add': 'Tambah ke keranjang',
  'card.added': 'Ditambahkan',
  'card.inStock': 'Tersedia',
  'card.lowStock': 'Sisa {n}',
  'card.outOfStock': 'Stok habis',
  'card.from': 'mulai {price}',
  'card.results': 'Produk yang ditemukan',
  'confirm.title': 'Mohon konfirmasi',
  'confirm.expires': 'Berlaku sampai {time}',
  'confirm.yes': 'Konfirmasi',
  'confirm.no': 'Batal',
  'confirm.yesMessage': 'Ya, konfirmasi',
  'confirm.noMessage': 'Tidak, batalkan',
  'confirm.done': 'Terkirim',
  'action.CHECKOUT': 'Buat pesanan',
  'action.CANCEL_ORDER': 'Batalkan pesanan',
  'action.RETURN_ITEMS': 'Kembalikan barang',
  'action.EXCHANGE_ITEMS': 'Tukar barang',
  'action.MODIFY_ORDER_ADDRESS': 'Ubah alamat pengiriman',
  'action.MODIFY_ORDER_PAYMENT': 'Ubah metode pembayaran',
  'action.MODIFY_ORDER_ITEMS': 'Ubah barang',
  'action.CHANGE_DEFAULT_ADDRESS': 'Ubah alamat utama',
  'cart.open': 'Keranjang',
  'cart.title': 'Keranjang Anda',
  'cart.close': 'Tutup keranjang',
  'cart.empty': 'Keranjang Anda kosong.',
  'cart.quantity': 'Jumlah {name}',
  'cart.remove': 'Hapus {name}',
  'cart.subtotal': 'Subtotal',
  'cart.discount': 'Diskon',
  'cart.total': 'Total',
  'cart.voucher': 'Kode voucher',
  'cart.applyVoucher': 'Pakai',
  'cart.removeVoucher': 'Hapus voucher',
  'cart.voucherApplied': 'Voucher {code} dipakai',
  'cart.checkout': 'Checkout dengan asisten',
  'cart.checkoutMessage': 'Tolong checkout keranjang saya',
  'orders.open': 'Pesanan',
  'orders.title': 'Pesanan Anda',
  'orders.empty': 'Belum ada pesanan.',
  'orders.items': '{n} barang',
  'account.signIn': 'Masuk',
  'account.signOut': 'Keluar',
  'account.guest': 'Tamu',
  'account.title': 'Akun Anda',
  'account.close': 'Tutup',
  'account.email': 'E-mail',
  'account.password': 'Kata sandi',
  'account.firstName': 'Nama depan (opsional)',
  'account.login': 'Masuk',
  'account.register': 'Buat akun',
  'account.registerHint': 'Mendaftar menyimpan obrolan dan keranjang ini, dan memberi Anda tingkat gratis.',
  'account.signedIn': 'Masuk sebagai {who}',
  'status.offline': 'Koneksi gagal. Periksa jaringan Anda lalu coba lagi.',
  'admin.title': 'Asisten Belanja — administrasi',
  'admin.signInTitle': 'Masuk administrator',
  'admin.username': 'Nama pengguna',
  'admin.range': 'Jumlah hari',
  'admin.refresh': 'Muat ulang',
  'admin.tokensByDay': 'Token per hari menurut model',
  'admin.costByDay': 'Biaya per hari menurut model (USD)',
  'admin.topUsers': 'Pelanggan dengan biaya tertinggi (USD)',
  'admin.refusals': 'Penolakan anggaran (instans ini)',
  'admin.fallbacks': 'Fallback model (instans ini)',
  'admin.alerts': 'Hari ini',
  'admin.todayCost': 'Biaya hari ini: {cost} dari ambang peringatan {threshold}',
  'admin.overWarning': 'Pelanggan di atas {share} batas: {n}',
  'admin.costAlert': 'Peringatan biaya harian aktif.',
  'admin.noData': 'Tidak ada data pada rentang ini.',
  'admin.noCounts': 'Belum ada sejak instans ini berjalan.',
  'admin.tier': 'Ubah tingkat pelanggan',
  'admin.customerId': 'ID pelanggan',
  'admin.newTier': 'Tingkat baru',
  'admin.apply': 'Ubah tingkat',
  'admin.tierChanged': 'Pelanggan {id} ({who}) pindah dari {from} ke {to}.',
  'admin.links': 'Alat',
  'admin.metrics': 'Metrik (/metrics)',
  'admin.openapi': 'Penjelajah API (/openapi/ui)',
  'admin.adminCenter': 'Pusat admin Liberty',
  'admin.notAdmin': 'Akun ini bukan administrator.',
  'admin.chart.table': 'Data grafik',
};

/** "id" when the browser prefers Indonesian before English, else "en". */
export function preferredLanguage(languages = navigator.languages || [navigator.language]) {
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split('-')[0];
    if (primary === 'id' || primary === 'in') {
      return 'id';
    }
    if (primary === 'en') {
      return 'en';
    }
  }
  return 'en';
}

export const LANG = preferredLanguage();
const TABLE = LANG === 'id' ? ID : EN;

/** The label for key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = TABLE[key] ?? EN[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (all, name) => (name in params ? String(params[name]) : all));
}

/** Fills data-i18n (text), data-i18n-label (aria-label), data-i18n-placeholder and -title. */
export function applyLabels(root = document) {
  document.documentElement.lang = LANG;
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nLabel));
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  }
}

/** Money as the store shows it: "USD 50.00" in English, "USD 50,00" in Indonesian. */
export function money(amount, currency = 'USD') {
  const number = Number(amount ?? 0);
  return new Intl.NumberFormat(LANG === 'id' ? 'id-ID' : 'en-US', {
    style: 'currency',
    currency,
  }).format(number);
}

/** A number with grouping: 12,345 or 12.345. */
export function count(value) {
  return new Intl.NumberFormat(LANG === 'id' ? 'id-ID' : 'en-US').format(Number(value ?? 0));
}

/** A date-time in the browser's zone, short. */
export function dateTime(iso) {
  if (!iso) {
    return '';
  }
  return new Intl.DateTimeFormat(LANG === 'id' ? 'id-ID' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
