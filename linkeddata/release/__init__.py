"""linkeddata.release.switch"""
