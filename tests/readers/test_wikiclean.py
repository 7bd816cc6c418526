

def test_a_flat_list_whose_first_bullet_was_lost_is_one_level():
    from briefkit.readers.wikiclean import split_flat_list

    flat = split_flat_list("Azov Battalion, * Azov Regiment, * Special Operations Detachment")
    assert [(i.depth, i.text) for i in flat] == [(0, "Azov Battalion"), (0, "Azov Regiment"),
                                                 (0, "Special Operations Detachment")]
    deep = split_flat_list("Russo-Ukrainian War, * War in Donbas, ** Battle of Ilovaisk, * Siege of Mariupol")
    assert [i.depth for i in deep] == [0, 1, 2, 1]
