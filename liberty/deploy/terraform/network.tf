# A private network: Cloud SQL has only a private IP on it (seed: "No Public IP"), and Cloud Run
# reaches it through Direct VPC egress or, as in the seed, a Serverless VPC Access connector.
resource "google_compute_network" "main" {
  name                    = "${var.service_name}-vpc"
  auto_create_subnetworks = false

  depends_on = [google_project_service.apis]
}

resource "google_compute_subnetwork" "run" {
  name                     = "${var.service_name}-run"
  region                   = var.region
  network                  = google_compute_network.main.id
  ip_cidr_range            = var.run_subnet_cidr
  private_ip_google_access = true
}

# Private services access: the range Google allocates Cloud SQL's private IP from.
resource "google_compute_global_address" "sql_private_range" {
  name          = "${var.service_name}-sql-range"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = google_compute_network.main.id
}

resource "google_service_networking_connection" "sql" {
  network                 = google_compute_network.main.id
  service                 = "servicenetworking.googleapis.com"
  reserved_peering_ranges = [google_compute_global_address.sql_private_range.name]
}

resource "google_vpc_access_connector" "run" {
  count = var.use_vpc_connector ? 1 : 0

  name          = "${var.service_name}-conn"
  region        = var.region
  network       = google_compute_network.main.name
  ip_cidr_range = var.connector_cidr
  min_instances = 2
  max_instances = 3
}
