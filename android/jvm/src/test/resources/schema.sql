-- schema_version 2
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE users (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  age INTEGER NOT NULL CHECK (age BETWEEN 1 AND 120),
  sex TEXT NOT NULL CHECK (sex IN ('female', 'male')),
  created_utc TEXT NOT NULL
);
CREATE TABLE measurements (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  measured_utc TEXT NOT NULL,
  hr_bpm REAL NOT NULL CHECK (hr_bpm BETWEEN 20 AND 300),
  window_hr_bpm TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('rest', 'exercise')),
  zone TEXT,
  colour TEXT CHECK (colour IN ('green', 'yellow', 'red')),
  model_version TEXT
);
-- migration
ALTER TABLE measurements ADD COLUMN method TEXT NOT NULL DEFAULT 'unknown';
    ALTER TABLE measurements ADD COLUMN quality TEXT NOT NULL DEFAULT '{}';
    CREATE INDEX idx_measurements_user_time ON measurements (user_id, measured_utc);
