from concurrent.futures import ProcessPoolExecutor

from biliktilik.secret import secret_key_from


def test_a_key_is_made_on_first_start_and_kept(tmp_path):
    path = tmp_path / "var" / "secret_key"
    first = secret_key_from(path)
    assert len(first) >= 50
    assert secret_key_from(path) == first
    assert path.stat().st_mode & 0o077 == 0, "only the owner may read the key"


def test_processes_starting_together_agree_on_one_key(tmp_path):
    path = tmp_path / "secret_key"
    with ProcessPoolExecutor(max_workers=4) as pool:
        keys = set(pool.map(secret_key_from, [path] * 16))
    assert keys == {path.read_text()}
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"], "no draft files are left"
