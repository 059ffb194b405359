"""linkeddata.shacl"""
